namespace AwsLinq;

/// <summary>
/// Whose snapshots or images a listing asks EC2 for: the <c>Owner.N</c> parameter of <c>DescribeSnapshots</c> and
/// <c>DescribeImages</c>. Without it EC2 lists every snapshot and image the account may use, public ones included:
/// hundreds of thousands in most regions. So <c>ec2.Snapshots()</c> and <c>ec2.Images()</c> ask for
/// <see cref="Self"/>, as boto3 users learn to pass <c>OwnerIds=['self']</c>; pass <see cref="AnyOwner"/> to list
/// everything visible, deliberately.
/// </summary>
public sealed class Ec2Owners
{
    private Ec2Owners(IReadOnlyList<string> values) => Values = values;

    /// <summary>Gets the account's own snapshots or images (<c>Owner=self</c>): the default.</summary>
    public static Ec2Owners Self { get; } = new(["self"]);

    /// <summary>Gets the ones Amazon owns (<c>Owner=amazon</c>), such as Amazon Linux images.</summary>
    public static Ec2Owners Amazon { get; } = new(["amazon"]);

    /// <summary>
    /// Gets every snapshot or image the account may use, whoever owns it: no <c>Owner</c> parameter, so public ones
    /// (hundreds of thousands) and those shared with the account are listed as well as its own.
    /// </summary>
    public static Ec2Owners AnyOwner { get; } = new([]);

    /// <summary>Gets the owners sent, in order; empty for <see cref="AnyOwner"/>.</summary>
    public IReadOnlyList<string> Values { get; }

    /// <summary>The snapshots or images of the given owners: account ids, <c>self</c>, <c>amazon</c>, <c>aws-marketplace</c> or <c>aws-backup-vault</c>.</summary>
    /// <param name="owners">The owners, at least one.</param>
    /// <returns>The owners to send.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="owners"/> or one of them is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="owners"/> is empty, or one of them is.</exception>
    public static Ec2Owners Of(params IEnumerable<string> owners)
    {
        ArgumentNullException.ThrowIfNull(owners);
        var values = owners.Select(o => o ?? throw new ArgumentNullException(nameof(owners), "An owner is null.")).ToArray();
        if (values.Length == 0 || values.Any(string.IsNullOrEmpty))
        {
            throw new ArgumentException("Name at least one owner, and no empty one; to list every owner's, public ones included, use Ec2Owners.AnyOwner.", nameof(owners));
        }

        return new(values);
    }

    /// <summary>The owners as plans show them.</summary>
    /// <returns>For example <c>self,amazon</c>, or <c>any owner</c>.</returns>
    public override string ToString() => Values.Count == 0 ? "any owner" : string.Join(',', Values);
}
