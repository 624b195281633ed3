using Amazon;

namespace AwsLinq.Cli.Connection;

/// <summary>
/// The region, in the AWS CLI's order: <c>--region</c>, <c>AWS_REGION</c>, <c>AWS_DEFAULT_REGION</c>, then the profile's
/// <c>region</c>. The SDK knows all of these but <c>AWS_DEFAULT_REGION</c>, so that one is applied here.
/// </summary>
internal static class RegionChoice
{
    public static RegionEndpoint? Explicit(string? option)
    {
        if (option is not null)
        {
            return RegionEndpoint.GetBySystemName(option);
        }

        return string.IsNullOrEmpty(Environment.GetEnvironmentVariable("AWS_REGION"))
            && Environment.GetEnvironmentVariable("AWS_DEFAULT_REGION") is { Length: > 0 } region
            ? RegionEndpoint.GetBySystemName(region)
            : null;
    }
}
