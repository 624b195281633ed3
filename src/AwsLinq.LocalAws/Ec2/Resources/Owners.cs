namespace AwsLinq.LocalAws.Ec2.Resources;

/// <summary>
/// Whose snapshots and images a request can see and asks for: its own, public ones and those shared with it are
/// visible; <c>Owner.N</c> narrows to the owners named (account ids, <c>self</c>, or an alias such as <c>amazon</c>),
/// and <c>ExecutableBy.N</c>/<c>RestorableBy.N</c> to those launchable or restorable by the accounts named (<c>all</c>:
/// the public ones).
/// </summary>
internal static class Owners
{
    private static readonly string[] Aliases = ["amazon", "aws-marketplace", "aws-backup-vault"];

    public static bool Visible(string ownerId, bool isPublic, IReadOnlyList<string> sharedWith) =>
        ownerId == LocalEc2.AccountId || isPublic || sharedWith.Contains(LocalEc2.AccountId);

    /// <summary>The records <c>Owner.N</c> asks for (all when none); <see cref="Ec2ErrorException"/> for an owner that is neither an account nor an alias.</summary>
    public static Func<string, string?, bool> Named(IReadOnlyList<string> owners)
    {
        foreach (var owner in owners)
        {
            if (owner != "self" && !Aliases.Contains(owner) && !IsAccount(owner))
            {
                throw new Ec2ErrorException(400, "InvalidUserID.Malformed", $"Invalid user id: \"{owner}\"");
            }
        }

        return (ownerId, alias) => owners.Count == 0 || owners.Any(o => o == "self" ? ownerId == LocalEc2.AccountId : o == alias || o == ownerId);
    }

    /// <summary>The records launchable (or restorable) by the accounts of <c>ExecutableBy.N</c>/<c>RestorableBy.N</c>: all when none.</summary>
    public static Func<string, bool, IReadOnlyList<string>, bool> UsableBy(IReadOnlyList<string> accounts) =>
        (ownerId, isPublic, sharedWith) => accounts.Count == 0 || accounts.Any(a => a switch
        {
            "all" => isPublic,
            "self" => ownerId == LocalEc2.AccountId || sharedWith.Contains(LocalEc2.AccountId),
            _ => ownerId == a || sharedWith.Contains(a),
        });

    private static bool IsAccount(string owner) => owner.Length == 12 && owner.All(char.IsAsciiDigit);
}
