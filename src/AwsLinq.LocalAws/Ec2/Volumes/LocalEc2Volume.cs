namespace AwsLinq.LocalAws;

/// <summary>
/// An EBS volume held by <see cref="LocalEc2"/>, with the fields <c>DescribeVolumes</c> reports and filters on. To seed,
/// leave out what does not matter: <see cref="LocalEc2Resources{T}.Seed"/> fills in an id, the zone and the creation time.
/// </summary>
public sealed record LocalEc2Volume
{
    /// <summary>Gets the volume id, <c>vol-</c> and 8 or 17 lower-case hex digits; <see langword="null"/> to generate one of 17.</summary>
    public string? VolumeId { get; init; }

    /// <summary>Gets the size in GiB; 8 by default.</summary>
    public int Size { get; init; } = 8;

    /// <summary>Gets the volume type: <c>gp3</c> (the default), <c>gp2</c>, <c>io1</c>, <c>io2</c>, <c>st1</c>, <c>sc1</c> or <c>standard</c>.</summary>
    public string VolumeType { get; init; } = "gp3";

    /// <summary>
    /// Gets the state: <c>creating</c>, <c>available</c>, <c>in-use</c>, <c>deleting</c>, <c>deleted</c> or <c>error</c>;
    /// <see langword="null"/> (the default) for <c>in-use</c> when the volume has attachments, <c>available</c> otherwise.
    /// </summary>
    public string? State { get; init; }

    /// <summary>Gets the Availability Zone; <see langword="null"/> for the region followed by <c>a</c>.</summary>
    public string? AvailabilityZone { get; init; }

    /// <summary>Gets the snapshot the volume was created from, or <see langword="null"/> for none.</summary>
    public string? SnapshotId { get; init; }

    /// <summary>Gets whether the volume is encrypted.</summary>
    public bool Encrypted { get; init; }

    /// <summary>Gets whether Multi-Attach is enabled.</summary>
    public bool MultiAttachEnabled { get; init; }

    /// <summary>Gets when the volume was created; <see langword="null"/> for the server clock's now. Kept in UTC, whole seconds.</summary>
    public DateTimeOffset? CreateTime { get; init; }

    /// <summary>Gets the instances the volume is attached to; none by default.</summary>
    public IReadOnlyList<LocalEc2VolumeAttachment> Attachments { get; init; } = [];

    /// <summary>Gets the tags, by key. Empty by default.</summary>
    public IReadOnlyDictionary<string, string> Tags { get; init; } = new Dictionary<string, string>().AsReadOnly();
}

/// <summary>A volume's attachment to an instance, as <c>DescribeVolumes</c> reports it in <c>attachmentSet</c>.</summary>
/// <param name="InstanceId">The instance the volume is attached to.</param>
/// <param name="Device">The device name, for example <c>/dev/xvdf</c>.</param>
/// <param name="State">The attachment state: <c>attached</c>, <c>attaching</c>, <c>detaching</c> or <c>detached</c>.</param>
/// <param name="DeleteOnTermination">Whether the volume is deleted when the instance terminates.</param>
public sealed record LocalEc2VolumeAttachment(string InstanceId, string Device = "/dev/xvdf", string State = "attached", bool DeleteOnTermination = false);
