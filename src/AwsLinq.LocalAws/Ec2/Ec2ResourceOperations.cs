using AwsLinq.LocalAws.Ec2.Volumes;
using AwsLinq.LocalAws.Hosting;

namespace AwsLinq.LocalAws.Ec2;

/// <summary>The operations of the EC2 resources other than instances, registered by <see cref="Ec2Service"/> after its own.</summary>
internal static class Ec2ResourceOperations
{
    public static IEnumerable<ServiceOperation<Ec2Request>> Create(LocalEc2 ec2) =>
    [
        new DescribeVolumesOperation(ec2), new DeleteVolumeOperation(ec2),
    ];
}
