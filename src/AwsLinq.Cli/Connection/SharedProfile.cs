using Amazon.Runtime;
using Amazon.Runtime.CredentialManagement;
using Amazon.Runtime.Internal;
using AwsLinq.Cli.Errors;

namespace AwsLinq.Cli.Connection;

/// <summary>
/// The profile of the shared config and credentials files a command uses. <c>--profile p</c> is made to mean
/// <c>AWS_PROFILE=p</c> before any client exists, so that the SDK's own configuration code reads the profile's region,
/// <c>endpoint_url</c>, <c>services</c> section, retry and SSO settings the same way on both paths.
/// </summary>
internal static class SharedProfile
{
    public const string Variable = "AWS_PROFILE";

    /// <summary>Selects the profile, or checks the one <c>AWS_PROFILE</c> names; returns its name, if any.</summary>
    /// <exception cref="CliException">The profile is in neither file.</exception>
    public static string? Select(string? option)
    {
        var fromVariable = Environment.GetEnvironmentVariable(Variable);
        var name = option ?? (string.IsNullOrEmpty(fromVariable) ? null : fromVariable);
        if (name is null)
        {
            return null;
        }

        if (!new CredentialProfileStoreChain().TryGetProfile(name, out _))
        {
            var source = option is null ? Variable : "--profile";
            throw CliException.Configuration($"{source}: no profile named '{name}' in the AWS config or credentials file ({Files()}).");
        }

        if (option is not null && fromVariable != option)
        {
            Environment.SetEnvironmentVariable(Variable, option);

            // The SDK reads AWS_PROFILE once and caches what it found there.
            FallbackRegionFactory.Reset();
            FallbackInternalConfigurationFactory.Reset();
        }

        return name;
    }

    /// <summary>
    /// The profile's own credentials (keys, SSO, <c>role_arn</c>, <c>credential_process</c>...), as the SDK builds them.
    /// An explicit <c>--profile</c> wins over <c>AWS_ACCESS_KEY_ID</c> in the environment, as in the AWS CLI.
    /// </summary>
    public static AWSCredentials Credentials(string name) =>
        new CredentialProfileStoreChain().TryGetAWSCredentials(name, out var credentials)
            ? credentials
            : throw CliException.Configuration($"--profile: profile '{name}' has no credentials: give it aws_access_key_id, sso_session, role_arn or credential_process.");

    private static string Files()
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var config = Environment.GetEnvironmentVariable("AWS_CONFIG_FILE") ?? Path.Combine(home, ".aws", "config");
        var credentials = Environment.GetEnvironmentVariable("AWS_SHARED_CREDENTIALS_FILE") ?? Path.Combine(home, ".aws", "credentials");
        return $"{config}, {credentials}";
    }
}
