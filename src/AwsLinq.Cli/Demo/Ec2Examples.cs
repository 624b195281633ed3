using Amazon.EC2;
using Amazon.EC2.Model;

namespace AwsLinq.Cli.Demo;

/// <summary>The guide's <c>ec2.instances</c> examples: a base query by ids, then chained filters.</summary>
internal static class Ec2Examples
{
    public static IEnumerable<DemoExample> Create(IAmazonEC2 ec2, IReadOnlyList<string> ids)
    {
        // As in the guide, the base is reused: every Where returns a new query and leaves the base alone.
        string[] wanted = [ids[0], ids[3], ids[6]];
        var @base = ec2.Instances().Where(i => wanted.Contains(i.InstanceId));

        yield return Example.List(
            "Instances by id",
            "base = ec2.instances.filter(InstanceIds=['id1', 'id2', 'id3'])",
            @base,
            ItemText.Instance) with
        {
            Note = "Ids go out as the instance-id filter: it pages, and an unknown id matches nothing instead of failing the call.",
        };

        yield return Example.List(
            "The same instances, dedicated tenancy",
            "filtered1 = base.filter(Filters=[{'Name': 'tenancy', 'Values': ['dedicated']}])",
            @base.Where(i => i.Placement.Tenancy == Tenancy.Dedicated),
            ItemText.Instance);

        yield return Example.List(
            "Dedicated tenancy and one instance type",
            "filtered2 = base.filter(Filters=filters + [{'Name': 'instance-type', 'Values': ['t3.micro']}])",
            @base.Where(i => i.Placement.Tenancy == Tenancy.Dedicated && i.InstanceType == InstanceType.T3Micro),
            ItemText.Instance);

        yield return Example.List(
            "Running production web servers, by tag",
            "ec2.instances.filter(Filters=[{'Name': 'instance-state-name', ...}, {'Name': 'tag:env', ...}])",
            ec2.Instances().Where(i => i.State.Name == InstanceStateName.Running && i.Tag("env") == "prod" && i.Tag("Name")!.StartsWith("web-")).Take(5),
            ItemText.Instance) with
        {
            Note = "StartsWith becomes the wildcard value web-* and is checked again in memory; Take(5) asks for MaxResults=5.",
        };
    }
}
