using AwsLinq.LocalAws.Ec2.Resources;

namespace AwsLinq.LocalAws.Ec2.Filtering;

/// <summary>
/// The <c>DescribeInstances</c> filters the endpoint understands, named as the reference names them, each with the
/// instance field it reads, and the tag filters every resource has. An instance without the field (no key pair, no
/// public address) matches no value.
/// </summary>
internal static class InstanceFilterFields
{
    public static FilterFields<LocalEc2Instance> Fields { get; } = new(i => i.Tags)
    {
        { "instance-id", i => i.InstanceId },
        { "instance-type", i => i.InstanceType },
        { "instance-state-name", i => i.State },
        { "instance-state-code", i => (long)InstanceStates.Code(i.State) },
        { "tenancy", i => i.Tenancy },
        { "vpc-id", i => i.VpcId },
        { "subnet-id", i => i.SubnetId },
        { "image-id", i => i.ImageId },
        { "key-name", i => i.KeyName },
        { "availability-zone", i => i.AvailabilityZone },
        { "architecture", i => i.Architecture },
        { "platform", i => i.Platform },
        { "instance-lifecycle", i => i.InstanceLifecycle },
        { "private-ip-address", i => i.PrivateIpAddress },
        { "ip-address", i => i.PublicIpAddress },
        { "private-dns-name", i => i.PrivateDnsName },
        { "dns-name", i => i.PublicDnsName },
        { "launch-index", i => (long)i.AmiLaunchIndex },
        { "root-device-type", i => i.RootDeviceType },
        { "hypervisor", i => i.Hypervisor },
        { "virtualization-type", i => i.VirtualizationType },
        { "iam-instance-profile.arn", i => i.IamInstanceProfileArn },
    };
}
