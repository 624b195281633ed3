using Amazon;
using Amazon.Runtime;
using Amazon.Runtime.CredentialManagement;
using AwsLinq.Cli.Errors;

namespace AwsLinq.Cli.Connection;

/// <summary>Reads a named profile from the shared credentials and config files, as <c>aws --profile</c> does.</summary>
internal static class ProfileCredentials
{
    public static (AWSCredentials Credentials, RegionEndpoint? Region) Load(string profile)
    {
        var chain = new CredentialProfileStoreChain();
        if (!chain.TryGetProfile(profile, out var found))
        {
            throw new CliException($"--profile: no profile named '{profile}' in the AWS credentials or config file.");
        }

        if (!chain.TryGetAWSCredentials(profile, out var credentials))
        {
            throw new CliException($"--profile: profile '{profile}' has no usable credentials.");
        }

        return (credentials, found.Region);
    }
}
