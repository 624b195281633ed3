using Amazon.Runtime;
using Amazon.Runtime.Credentials;
using AwsLinq.Cli.Errors;

namespace AwsLinq.Cli.Connection;

/// <summary>
/// The credentials of every client of one command, found by the SDK's own chain (or the explicit profile) on the
/// first request. A failure to find or fetch them (no keys, an expired SSO token, a refused AssumeRole) is reported as
/// such here, where it happens, instead of being guessed later from the text of whatever the SDK threw.
/// </summary>
internal sealed class ResolvedCredentials(Func<AWSCredentials> resolve, string? profile) : AWSCredentials
{
    private readonly Lazy<AWSCredentials> _inner = new(resolve);

    public override ImmutableCredentials GetCredentials()
    {
        try
        {
            return _inner.Value.GetCredentials();
        }
        catch (Exception e) when (e is AmazonClientException or AmazonServiceException)
        {
            throw Unavailable(e);
        }
    }

    public override async Task<ImmutableCredentials> GetCredentialsAsync()
    {
        try
        {
            return await _inner.Value.GetCredentialsAsync().ConfigureAwait(false);
        }
        catch (Exception e) when (e is AmazonClientException or AmazonServiceException)
        {
            throw Unavailable(e);
        }
    }

    /// <summary>The SDK's default chain: environment keys, <c>AWS_PROFILE</c> or default profile, web identity, container, instance.</summary>
    public static AWSCredentials DefaultChain(IClientConfig config) => DefaultAWSCredentialsIdentityResolver.GetCredentials(config);

    private CliException Unavailable(Exception error)
    {
        var source = profile is null ? "the default credential chain" : $"profile '{profile}'";
        return error switch
        {
            AmazonServiceException { ErrorCode: { } code } e => CliException.Service(
                $"cannot get credentials from {source}: the credential service refused ({code}): {ErrorMessages.FirstLine(e.Message)}", e),
            _ when profile is null => CliException.Configuration(
                "no AWS credentials found: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, pass --profile, set AWS_PROFILE, or configure a default profile.", error),
            _ => CliException.Configuration(
                $"cannot get credentials from {source}: {ErrorMessages.FirstLine(error.Message)} (for an SSO profile, run 'aws sso login --profile {profile}').", error),
        };
    }
}
