using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace AwsLinq.LocalAws.Sts;

/// <summary>
/// What STS remembers: the temporary credentials it issued and whose they are, so that <c>GetCallerIdentity</c> signed
/// with them names the assumed role. Any other key is the account's root, as LocalAws accepts any credentials.
/// Expirations follow the real clock, since the clients that check them do; faults (delays) follow the server's.
/// </summary>
internal sealed class LocalSts(TimeProvider time, int seed)
{
    /// <summary>The account of every caller with keys STS did not issue; SQS's queue URLs use the same.</summary>
    public const string Account = "000000000000";

    private const string KeyAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private readonly ConcurrentDictionary<string, AssumedRole> _sessions = new(StringComparer.Ordinal);

    public LocalStsFaults Faults { get; } = new(seed, time);

    /// <summary>Issues temporary credentials for a role session and remembers them.</summary>
    public (TemporaryCredentials Credentials, AssumedRole Role) Assume(string roleArn, string sessionName, int durationSeconds)
    {
        var role = AssumedRole.Of(roleArn, sessionName);
        var credentials = new TemporaryCredentials(
            "ASIA" + RandomNumberGenerator.GetString(KeyAlphabet, 16),
            RandomNumberGenerator.GetHexString(40, lowercase: true),
            Convert.ToBase64String(RandomNumberGenerator.GetBytes(48)),
            TimeProvider.System.GetUtcNow().AddSeconds(durationSeconds));
        _sessions[credentials.AccessKeyId] = role;
        return (credentials, role);
    }

    /// <summary>The caller a key belongs to: an assumed role for keys STS issued, else the account's root.</summary>
    public (string Account, string Arn, string UserId) Caller(string? accessKeyId) =>
        accessKeyId is not null && _sessions.TryGetValue(accessKeyId, out var role)
            ? (role.Account, role.Arn, role.AssumedRoleId)
            : (Account, $"arn:aws:iam::{Account}:root", Account);
}
