namespace AwsLinq.Cli.Connection;

/// <summary>What the AWS CLI's connection options say: <c>--endpoint-url</c>, <c>--region</c>, <c>--profile</c>.</summary>
/// <param name="EndpointUrl">A custom endpoint (LocalAws, LocalStack, MinIO); <see langword="null"/> for AWS itself.</param>
/// <param name="Region">The region to call or sign for; <see langword="null"/> for the SDK's chain.</param>
/// <param name="Profile">A named profile; <see langword="null"/> for the SDK's credential chain.</param>
internal sealed record ConnectionSettings(Uri? EndpointUrl, string? Region, string? Profile)
{
    /// <summary>How errors name the endpoint: the URL given, or AWS.</summary>
    public string Endpoint => EndpointUrl?.ToString() ?? (Region is null ? "AWS" : $"AWS ({Region})");
}
