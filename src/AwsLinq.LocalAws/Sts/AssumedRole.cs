using System.Security.Cryptography;
using System.Text;

namespace AwsLinq.LocalAws.Sts;

/// <summary>A role session, as STS names it: <c>arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION</c>.</summary>
/// <param name="Account">The account of the role.</param>
/// <param name="Arn">The assumed-role ARN.</param>
/// <param name="AssumedRoleId">The role's unique id and the session name, <c>AROA...:SESSION</c>.</param>
internal sealed record AssumedRole(string Account, string Arn, string AssumedRoleId)
{
    /// <exception cref="StsErrorException">The role ARN is not <c>arn:PARTITION:iam::ACCOUNT:role/[PATH/]NAME</c>.</exception>
    public static AssumedRole Of(string roleArn, string sessionName)
    {
        var parts = roleArn.Split(':', 6);
        if (parts is not ["arn", { Length: > 0 } partition, "iam", "", { Length: 12 } account, var resource]
            || !resource.StartsWith("role/", StringComparison.Ordinal) || !account.All(char.IsAsciiDigit))
        {
            throw StsErrorException.Validation($"{roleArn} is invalid");
        }

        if (sessionName.Length is < 2 or > 64 || !sessionName.All(c => char.IsAsciiLetterOrDigit(c) || "+=,.@-_".Contains(c, StringComparison.Ordinal)))
        {
            throw StsErrorException.Validation(
                $"1 validation error detected: Value '{sessionName}' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*");
        }

        var name = resource[(resource.LastIndexOf('/') + 1)..];
        var id = "AROA" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(roleArn)), 0, 8);
        return new AssumedRole(account, $"arn:{partition}:sts::{account}:assumed-role/{name}/{sessionName}", $"{id}:{sessionName}");
    }
}
