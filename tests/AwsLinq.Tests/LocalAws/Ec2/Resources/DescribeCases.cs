using Amazon.EC2.Model;
using AwsLinq.LocalAws;

namespace AwsLinq.Tests.LocalAws.Ec2.Resources;

/// <summary>The Describe calls of the resources other than instances, for the tests they share.</summary>
public static class DescribeCases
{
    public static IReadOnlyList<DescribeCase> All { get; } =
    [
        new("DescribeVolumes", "vol", "InvalidVolumeID.Malformed", "InvalidVolume.NotFound", ec2 => ec2.Volumes.Seed([new LocalEc2Volume()])[0],
            async (client, c) =>
            {
                var page = await client.DescribeVolumesAsync(new DescribeVolumesRequest
                {
                    VolumeIds = c.Ids?.ToList(), MaxResults = c.MaxResults, NextToken = c.NextToken, Filters = c.Filters?.ToList(), DryRun = c.DryRun,
                });
                return new((page.Volumes ?? []).Select(v => v.VolumeId).ToList(), page.NextToken);
            }),
        new("DescribeSnapshots", "snap", "InvalidSnapshotID.Malformed", "InvalidSnapshot.NotFound", ec2 => ec2.Snapshots.Seed([new LocalEc2Snapshot()])[0],
            async (client, c) =>
            {
                var page = await client.DescribeSnapshotsAsync(new DescribeSnapshotsRequest
                {
                    SnapshotIds = c.Ids?.ToList(), MaxResults = c.MaxResults, NextToken = c.NextToken, Filters = c.Filters?.ToList(), DryRun = c.DryRun,
                });
                return new((page.Snapshots ?? []).Select(s => s.SnapshotId).ToList(), page.NextToken);
            }),
        new("DescribeImages", "ami", "InvalidAMIID.Malformed", "InvalidAMIID.NotFound", ec2 => ec2.Images.Seed([new LocalEc2Image()])[0],
            async (client, c) =>
            {
                var page = await client.DescribeImagesAsync(new DescribeImagesRequest
                {
                    ImageIds = c.Ids?.ToList(), MaxResults = c.MaxResults, NextToken = c.NextToken, Filters = c.Filters?.ToList(), DryRun = c.DryRun,
                });
                return new((page.Images ?? []).Select(i => i.ImageId).ToList(), page.NextToken);
            }),
        new("DescribeSecurityGroups", "sg", "InvalidGroupId.Malformed", "InvalidGroup.NotFound", ec2 => ec2.SecurityGroups.Seed([new LocalEc2SecurityGroup { GroupName = "group" }])[0],
            async (client, c) =>
            {
                var page = await client.DescribeSecurityGroupsAsync(new DescribeSecurityGroupsRequest
                {
                    GroupIds = c.Ids?.ToList(), MaxResults = c.MaxResults, NextToken = c.NextToken, Filters = c.Filters?.ToList(), DryRun = c.DryRun,
                });
                return new((page.SecurityGroups ?? []).Select(g => g.GroupId).ToList(), page.NextToken);
            }),
        new("DescribeVpcs", "vpc", "InvalidVpcID.Malformed", "InvalidVpcID.NotFound", ec2 => ec2.Vpcs.Seed([new LocalEc2Vpc()])[0],
            async (client, c) =>
            {
                var page = await client.DescribeVpcsAsync(new DescribeVpcsRequest
                {
                    VpcIds = c.Ids?.ToList(), MaxResults = c.MaxResults, NextToken = c.NextToken, Filters = c.Filters?.ToList(), DryRun = c.DryRun,
                });
                return new((page.Vpcs ?? []).Select(v => v.VpcId).ToList(), page.NextToken);
            }),
        new("DescribeSubnets", "subnet", "InvalidSubnetID.Malformed", "InvalidSubnetID.NotFound", ec2 => ec2.Subnets.Seed([new LocalEc2Subnet { VpcId = "vpc-00000001" }])[0],
            async (client, c) =>
            {
                var page = await client.DescribeSubnetsAsync(new DescribeSubnetsRequest
                {
                    SubnetIds = c.Ids?.ToList(), MaxResults = c.MaxResults, NextToken = c.NextToken, Filters = c.Filters?.ToList(), DryRun = c.DryRun,
                });
                return new((page.Subnets ?? []).Select(s => s.SubnetId).ToList(), page.NextToken);
            }),
    ];

    public static IEnumerable<object[]> Names() => All.Select(c => new object[] { c.Operation });

    public static DescribeCase Named(string operation) => All.Single(c => c.Operation == operation);
}
