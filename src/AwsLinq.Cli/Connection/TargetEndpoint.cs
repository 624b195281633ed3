namespace AwsLinq.Cli.Connection;

/// <summary>Where a command's requests go.</summary>
/// <param name="Region">The region requests are sent to, or signed for at a custom endpoint.</param>
/// <param name="Endpoint">The custom endpoint's URL without credentials in it, or <c>AWS</c>.</param>
internal sealed record TargetEndpoint(string Region, string Endpoint);
