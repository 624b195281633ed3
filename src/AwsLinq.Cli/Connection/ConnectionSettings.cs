namespace AwsLinq.Cli.Connection;

/// <summary>What the global options say about where to connect: <c>--endpoint-url</c>, <c>--region</c>, <c>--profile</c>.</summary>
/// <param name="EndpointUrl">A custom endpoint (LocalAws, LocalStack, MinIO); <see langword="null"/> for the SDK's configuration.</param>
/// <param name="Region">The region to call or sign for; <see langword="null"/> for the environment and the profile.</param>
/// <param name="Profile">A named profile; <see langword="null"/> for <c>AWS_PROFILE</c> or the SDK's default chain.</param>
/// <param name="ReadTimeout">How long to wait for each answer; <see langword="null"/> for the SDK's default.</param>
internal sealed record ConnectionSettings(Uri? EndpointUrl, string? Region, string? Profile, TimeSpan? ReadTimeout)
{
    /// <summary>Gets the endpoints of single regions (<c>--endpoint-url eu-west-1=http://...</c>), for <c>--regions</c>.</summary>
    public IReadOnlyDictionary<string, Uri> RegionEndpoints { get; init; } = new Dictionary<string, Uri>();
}
