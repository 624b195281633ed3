namespace AwsLinq.LocalAws;

/// <summary>
/// An instance held by <see cref="LocalEc2"/>, with the fields <c>DescribeInstances</c> reports and filters on.
/// To seed, leave out what does not matter: <see cref="LocalEc2.Seed"/> fills in an id, the zone, the private address
/// and name, and the launch time. <see cref="LocalEc2.Instances"/> returns the completed records.
/// </summary>
public sealed record LocalEc2Instance
{
    /// <summary>The instance id, <c>i-</c> and 8 or 17 lower-case hex digits; <see langword="null"/> to generate one of 17.</summary>
    public string? InstanceId { get; init; }

    /// <summary>The instance type, for example <c>t3.micro</c> (the default).</summary>
    public string InstanceType { get; init; } = "t3.micro";

    /// <summary>
    /// The state name: <c>pending</c>, <c>running</c> (the default), <c>stopping</c>, <c>stopped</c>,
    /// <c>shutting-down</c> or <c>terminated</c>.
    /// </summary>
    public string State { get; init; } = "running";

    /// <summary>The id of the AMI the instance was launched from.</summary>
    public string ImageId { get; init; } = "ami-0abcdef1234567890";

    /// <summary>The name of the key pair, or <see langword="null"/> for none.</summary>
    public string? KeyName { get; init; }

    /// <summary>The Availability Zone; <see langword="null"/> for the region followed by <c>a</c>.</summary>
    public string? AvailabilityZone { get; init; }

    /// <summary>The VPC id, or <see langword="null"/> for none.</summary>
    public string? VpcId { get; init; }

    /// <summary>The subnet id, or <see langword="null"/> for none.</summary>
    public string? SubnetId { get; init; }

    /// <summary>The private IPv4 address; <see langword="null"/> for one of 10.0.0.0/8 that no other instance has.</summary>
    public string? PrivateIpAddress { get; init; }

    /// <summary>The public IPv4 address, or <see langword="null"/> for none.</summary>
    public string? PublicIpAddress { get; init; }

    /// <summary>
    /// The private DNS name; <see langword="null"/> for the one EC2 derives from the private address:
    /// <c>ip-10-0-0-4.ec2.internal</c> in us-east-1, <c>ip-10-0-0-4.&lt;region&gt;.compute.internal</c> elsewhere.
    /// </summary>
    public string? PrivateDnsName { get; init; }

    /// <summary>
    /// The public DNS name; <see langword="null"/> for the one EC2 derives from <see cref="PublicIpAddress"/>, or
    /// none when there is no public address.
    /// </summary>
    public string? PublicDnsName { get; init; }

    /// <summary>The architecture: <c>x86_64</c> (the default), <c>arm64</c>, <c>i386</c>...</summary>
    public string Architecture { get; init; } = "x86_64";

    /// <summary><c>windows</c> for a Windows instance, <see langword="null"/> for Linux/UNIX.</summary>
    public string? Platform { get; init; }

    /// <summary><c>spot</c> or <c>scheduled</c>, or <see langword="null"/> for an on-demand instance.</summary>
    public string? InstanceLifecycle { get; init; }

    /// <summary>The tenancy: <c>default</c>, <c>dedicated</c> or <c>host</c>.</summary>
    public string Tenancy { get; init; } = "default";

    /// <summary>The index of the instance within the launch that created its reservation, from 0.</summary>
    public int AmiLaunchIndex { get; init; }

    /// <summary>The root device type: <c>ebs</c> (the default) or <c>instance-store</c>.</summary>
    public string RootDeviceType { get; init; } = "ebs";

    /// <summary>The hypervisor: <c>xen</c> (the default) or <c>nitro</c>.</summary>
    public string Hypervisor { get; init; } = "xen";

    /// <summary>The virtualization type: <c>hvm</c> (the default) or <c>paravirtual</c>.</summary>
    public string VirtualizationType { get; init; } = "hvm";

    /// <summary>The ARN of the IAM instance profile, or <see langword="null"/> for none.</summary>
    public string? IamInstanceProfileArn { get; init; }

    /// <summary>When the instance was launched; <see langword="null"/> for the server clock's now. Kept in UTC, whole seconds.</summary>
    public DateTimeOffset? LaunchTime { get; init; }

    /// <summary>The tags, by key. Empty by default.</summary>
    public IReadOnlyDictionary<string, string> Tags { get; init; } = EmptyTags;

    private static IReadOnlyDictionary<string, string> EmptyTags { get; } = new Dictionary<string, string>().AsReadOnly();
}
