using Amazon.EC2.Model;
using AwsLinq.LocalAws;
using AwsLinq.Tests.LocalAws.Ec2;

namespace AwsLinq.Tests.Differential;

/// <summary>
/// Instance queries on which AwsLinq once disagreed with LINQ-to-Objects, each shrunk to a minimal query and
/// fleet, asserted on the instances and on the filters that went out.
/// </summary>
public sealed class Ec2InstanceRegressionTests : Ec2TestBase
{
    [Fact]
    public async Task An_empty_value_is_not_sent_as_a_filter_because_EC2_matches_no_instance_with_an_empty_field()
    {
        var ids = SeedEach(new LocalEc2Instance { PublicIpAddress = null }, new LocalEc2Instance { PublicIpAddress = "54.0.0.1" });

        var listed = await Client.Instances().ToListAsync();
        var noName = await Client.Instances().Where(i => i.PublicDnsName == "").Select(i => i.InstanceId).ToListAsync();
        var startsWithNothing = await Client.Instances().Where(i => i.PublicDnsName.StartsWith("")).Select(i => i.InstanceId).ToListAsync();

        listed.Select(i => i.PublicDnsName).Should().Equal("", "ec2-54-0-0-1.compute-1.amazonaws.com");
        noName.Should().Equal(ids[0]);
        startsWithNothing.Should().Equal(ids);
        Server.Requests.For("ec2", "DescribeInstances").Should().OnlyContain(r => r.Parameter("Filter:dns-name") == null);
    }

    [Fact]
    public async Task A_tag_key_or_value_with_a_lone_surrogate_is_not_sent_as_the_replacement_character()
    {
        SeedEach(new LocalEc2Instance { Tags = new Dictionary<string, string> { ["env"] = "\uFFFD", ["\uFFFD"] = "x" } });
        string[] values = ["\uD83D"];

        var inList = await Client.Instances().Where(i => values.Contains(i.Tag("env"))).ToListAsync();
        var byKey = await Client.Instances().Where(i => i.Tag("\uD800") == "x").ToListAsync();
        var any = await Client.Instances().Where(i => i.Tags.Any(t => t.Key == "env" && t.Value == "\uD83D")).ToListAsync();

        inList.Should().BeEmpty();
        byKey.Should().BeEmpty();
        any.Should().BeEmpty();
        Server.Requests.For("ec2", "DescribeInstances").Should().OnlyContain(r => !r.Parameters.Keys.Any(k => k.StartsWith("Filter:tag:", StringComparison.Ordinal)));
    }
}
