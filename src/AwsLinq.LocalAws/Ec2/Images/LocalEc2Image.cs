namespace AwsLinq.LocalAws;

/// <summary>
/// An AMI held by <see cref="LocalEc2"/>, with the fields <c>DescribeImages</c> reports and filters on. By default it is
/// the account's own, private and available; one of another owner is visible only when it is public or shared with
/// the account, as in EC2.
/// </summary>
public sealed record LocalEc2Image
{
    /// <summary>Gets the image id, <c>ami-</c> and 8 or 17 lower-case hex digits; <see langword="null"/> to generate one of 17.</summary>
    public string? ImageId { get; init; }

    /// <summary>Gets the name; <c>image</c> by default.</summary>
    public string Name { get; init; } = "image";

    /// <summary>Gets the description, or <see langword="null"/> for none.</summary>
    public string? Description { get; init; }

    /// <summary>Gets the state: <c>available</c> (the default), <c>pending</c>, <c>invalid</c>, <c>deregistered</c>, <c>transient</c>, <c>failed</c>, <c>error</c> or <c>disabled</c>.</summary>
    public string State { get; init; } = "available";

    /// <summary>Gets the owner's account id; <see cref="LocalEc2.AccountId"/> by default.</summary>
    public string OwnerId { get; init; } = LocalEc2.AccountId;

    /// <summary>Gets the owner's alias, such as <c>amazon</c> or <c>aws-marketplace</c>, or <see langword="null"/> for none.</summary>
    public string? OwnerAlias { get; init; }

    /// <summary>Gets whether every account may launch the image.</summary>
    public bool Public { get; init; }

    /// <summary>Gets the accounts the image is shared with; none by default.</summary>
    public IReadOnlyList<string> SharedWith { get; init; } = [];

    /// <summary>Gets the architecture: <c>x86_64</c> (the default), <c>arm64</c>, <c>i386</c>...</summary>
    public string Architecture { get; init; } = "x86_64";

    /// <summary>Gets the image type: <c>machine</c> (the default), <c>kernel</c> or <c>ramdisk</c>.</summary>
    public string ImageType { get; init; } = "machine";

    /// <summary>Gets <c>windows</c> for a Windows image, <see langword="null"/> for Linux/UNIX.</summary>
    public string? Platform { get; init; }

    /// <summary>Gets the root device type: <c>ebs</c> (the default) or <c>instance-store</c>.</summary>
    public string RootDeviceType { get; init; } = "ebs";

    /// <summary>Gets the root device name; <c>/dev/xvda</c> by default.</summary>
    public string RootDeviceName { get; init; } = "/dev/xvda";

    /// <summary>Gets the virtualization type: <c>hvm</c> (the default) or <c>paravirtual</c>.</summary>
    public string VirtualizationType { get; init; } = "hvm";

    /// <summary>Gets the hypervisor: <c>xen</c> (the default) or <c>ovm</c>.</summary>
    public string Hypervisor { get; init; } = "xen";

    /// <summary>Gets when the image was created; <see langword="null"/> for the server clock's now. Kept in UTC, whole seconds.</summary>
    public DateTimeOffset? CreationDate { get; init; }

    /// <summary>Gets when the image is deprecated, or <see langword="null"/> for never; other owners' deprecated images are listed only with <c>IncludeDeprecated</c>.</summary>
    public DateTimeOffset? DeprecationTime { get; init; }

    /// <summary>Gets the snapshots of the image's EBS block devices, the first on the root device; none by default.</summary>
    public IReadOnlyList<string> SnapshotIds { get; init; } = [];

    /// <summary>Gets the tags, by key. Empty by default.</summary>
    public IReadOnlyDictionary<string, string> Tags { get; init; } = new Dictionary<string, string>().AsReadOnly();
}
