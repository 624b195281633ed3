using Amazon.EC2.Model;
using AwsLinq.LocalAws;

namespace AwsLinq.Tests.LocalAws.Ec2;

public class LocalEc2RequestLogTests : Ec2TestBase
{
    [Fact]
    public async Task Records_action_parameters_by_AWS_name_and_status()
    {
        var ids = SeedEach(new LocalEc2Instance(), new LocalEc2Instance(), new LocalEc2Instance());
        var first = await Client.DescribeInstancesAsync(new DescribeInstancesRequest
        {
            MaxResults = 5,
            Filters = [Filter("instance-type", "t3.micro", "m5.large"), Filter("tag:env", "prod")],
        });
        await Client.DescribeInstancesAsync(new DescribeInstancesRequest { InstanceIds = [ids[0], ids[2]] });
        await Client.CreateTagsAsync(new CreateTagsRequest { Resources = [ids[0], ids[1]], Tags = [new Tag("env", "prod"), new Tag("team", "a")] });
        await Client.DeleteTagsAsync(new DeleteTagsRequest { Resources = [ids[1]], Tags = [new Tag { Key = "team" }] });
        await Client.StopInstancesAsync(new StopInstancesRequest { InstanceIds = [ids[0]], Force = true });
        await Client.Invoking(c => c.DescribeInstancesAsync(new DescribeInstancesRequest { MaxResults = 1001 })).Should().ThrowAsync<Exception>();

        var log = Server.Requests.For("ec2");

        log.Select(r => (r.Service, r.Operation, r.Bucket, r.StatusCode)).Should().Equal(
            ("ec2", "DescribeInstances", null, 200),
            ("ec2", "DescribeInstances", null, 200),
            ("ec2", "CreateTags", null, 200),
            ("ec2", "DeleteTags", null, 200),
            ("ec2", "StopInstances", null, 200),
            ("ec2", "DescribeInstances", null, 400));
        first.NextToken.Should().BeNull();
        log[0].Parameters.Should().Equal(new Dictionary<string, string>
        {
            ["MaxResults"] = "5",
            ["Filter:instance-type"] = "t3.micro,m5.large",
            ["Filter:tag:env"] = "prod",
        });
        log[1].Parameters.Should().Equal(new Dictionary<string, string> { ["InstanceIds"] = $"{ids[0]},{ids[2]}" });
        log[2].Parameters.Should().Equal(new Dictionary<string, string> { ["Resources"] = $"{ids[0]},{ids[1]}", ["Tags"] = "env=prod,team=a" });
        log[3].Parameters.Should().Equal(new Dictionary<string, string> { ["Resources"] = ids[1], ["Tags"] = "team" });
        log[4].Parameters.Should().Equal(new Dictionary<string, string> { ["InstanceIds"] = ids[0], ["Force"] = "true" });
        log[5].Parameter("MaxResults").Should().Be("1001");
    }

    [Fact]
    public async Task Records_NextToken_and_RunInstances_parameters()
    {
        State.Seed(Enumerable.Range(0, 7).Select(_ => (IReadOnlyList<LocalEc2Instance>)[new LocalEc2Instance()]));
        var first = await Client.DescribeInstancesAsync(new DescribeInstancesRequest { MaxResults = 5 });
        await Client.DescribeInstancesAsync(new DescribeInstancesRequest { MaxResults = 5, NextToken = first.NextToken });
        await Client.RunInstancesAsync(new RunInstancesRequest
        {
            ImageId = "ami-0abcdef1234567890",
            MinCount = 1,
            MaxCount = 1,
            TagSpecifications = [new TagSpecification { ResourceType = "instance", Tags = [new Tag("Name", "x")] }],
        });

        var log = Server.Requests.For("ec2");

        log[1].Parameter("NextToken").Should().Be(first.NextToken);
        log[2].Operation.Should().Be("RunInstances");
        log[2].Parameters.Should().Contain(new Dictionary<string, string>
        {
            ["ImageId"] = "ami-0abcdef1234567890",
            ["MinCount"] = "1",
            ["MaxCount"] = "1",
            ["Tags"] = "Name=x",
        });
    }

    [Fact]
    public async Task An_unknown_action_is_InvalidAction_and_logged_under_its_name()
    {
        var error = await FailureOf(() => Client.DescribeKeyPairsAsync(new Amazon.EC2.Model.DescribeKeyPairsRequest()));

        error.ErrorCode.Should().Be("InvalidAction");
        error.Message.Should().Be("The action DescribeKeyPairs is not valid for this web service.");
        Server.Requests.For("ec2", "DescribeKeyPairs").Single().StatusCode.Should().Be(400);
    }
}
