using Amazon.EC2;
using Amazon.EC2.Model;

namespace AwsLinq.Ec2.Instances;

/// <summary>The account's instances in the client's region, listed with <c>DescribeInstances</c>.</summary>
internal sealed class Ec2InstanceResource(IAmazonEC2 client)
    : AwsResource<Instance>("EC2", "DescribeInstances", new PageSizeRange("MaxResults", 5, 1000))
{
    public IAmazonEC2 Client { get; } = client;

    public override ResourceTranslation<Instance> Translate(ResourceQuery<Instance> query)
    {
        var (filters, nothing, pushdown) = Ec2InstanceTranslator.Translate(query.Predicates);
        return new Ec2InstanceTranslation(this, filters, nothing, pushdown);
    }

    public override string Describe() => "EC2 DescribeInstances";
}
