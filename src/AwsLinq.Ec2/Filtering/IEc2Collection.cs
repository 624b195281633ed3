using Amazon.EC2;

namespace AwsLinq.Ec2.Filtering;

/// <summary>What EC2's batch actions need of a collection: the client that lists it.</summary>
internal interface IEc2Collection
{
    IAmazonEC2 Client { get; }
}
