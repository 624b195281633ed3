using AwsLinq.LocalAws.Ec2.Images;
using AwsLinq.LocalAws.Ec2.Regions;
using AwsLinq.LocalAws.Ec2.SecurityGroups;
using AwsLinq.LocalAws.Ec2.Snapshots;
using AwsLinq.LocalAws.Ec2.Status;
using AwsLinq.LocalAws.Ec2.Subnets;
using AwsLinq.LocalAws.Ec2.Volumes;
using AwsLinq.LocalAws.Ec2.Vpcs;
using AwsLinq.LocalAws.Hosting;

namespace AwsLinq.LocalAws.Ec2;

/// <summary>
/// The operations of the EC2 resources other than instances, and of regions, zones, instance status and tags,
/// registered by <see cref="Ec2Service"/> after its own.
/// </summary>
internal static class Ec2ResourceOperations
{
    public static IEnumerable<ServiceOperation<Ec2Request>> Create(LocalEc2 ec2) =>
    [
        new DescribeVolumesOperation(ec2), new DeleteVolumeOperation(ec2),
        new DescribeSnapshotsOperation(ec2), new DeleteSnapshotOperation(ec2),
        new DescribeImagesOperation(ec2), new DeregisterImageOperation(ec2),
        new DescribeSecurityGroupsOperation(ec2), new DeleteSecurityGroupOperation(ec2),
        new DescribeVpcsOperation(ec2), new DescribeSubnetsOperation(ec2),
        new DescribeRegionsOperation(ec2), new DescribeAvailabilityZonesOperation(ec2),
        new DescribeInstanceStatusOperation(ec2), new DescribeTagsOperation(ec2),
    ];
}
