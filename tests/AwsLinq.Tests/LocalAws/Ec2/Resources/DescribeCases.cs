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
    ];

    public static IEnumerable<object[]> Names() => All.Select(c => new object[] { c.Operation });

    public static DescribeCase Named(string operation) => All.Single(c => c.Operation == operation);
}
