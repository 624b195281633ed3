namespace AwsLinq.LocalAws;

/// <summary>
/// An EBS snapshot held by <see cref="LocalEc2"/>, with the fields <c>DescribeSnapshots</c> reports and filters on. By
/// default it is the account's own, private and completed; one of another owner is visible only when it is public or
/// shared with the account, as in EC2.
/// </summary>
public sealed record LocalEc2Snapshot
{
    /// <summary>Gets the snapshot id, <c>snap-</c> and 8 or 17 lower-case hex digits; <see langword="null"/> to generate one of 17.</summary>
    public string? SnapshotId { get; init; }

    /// <summary>Gets the volume the snapshot was taken of; <c>vol-ffffffff</c> (EC2's placeholder for a copied snapshot) by default.</summary>
    public string VolumeId { get; init; } = "vol-ffffffff";

    /// <summary>Gets the size of the volume in GiB; 8 by default.</summary>
    public int VolumeSize { get; init; } = 8;

    /// <summary>Gets the state: <c>pending</c>, <c>completed</c> (the default), <c>error</c>, <c>recoverable</c> or <c>recovering</c>.</summary>
    public string State { get; init; } = "completed";

    /// <summary>Gets when the snapshot was started; <see langword="null"/> for the server clock's now. Kept in UTC, whole seconds.</summary>
    public DateTimeOffset? StartTime { get; init; }

    /// <summary>Gets the description; empty by default.</summary>
    public string Description { get; init; } = string.Empty;

    /// <summary>Gets whether the snapshot is encrypted.</summary>
    public bool Encrypted { get; init; }

    /// <summary>Gets the owner's account id; <see cref="LocalEc2.AccountId"/> by default.</summary>
    public string OwnerId { get; init; } = LocalEc2.AccountId;

    /// <summary>Gets the owner's alias, such as <c>amazon</c>, or <see langword="null"/> for none.</summary>
    public string? OwnerAlias { get; init; }

    /// <summary>Gets whether every account may create volumes from the snapshot.</summary>
    public bool Public { get; init; }

    /// <summary>Gets the accounts the snapshot is shared with; none by default.</summary>
    public IReadOnlyList<string> SharedWith { get; init; } = [];

    /// <summary>Gets the storage tier: <c>standard</c> (the default) or <c>archive</c>.</summary>
    public string StorageTier { get; init; } = "standard";

    /// <summary>Gets the tags, by key. Empty by default.</summary>
    public IReadOnlyDictionary<string, string> Tags { get; init; } = new Dictionary<string, string>().AsReadOnly();
}
