using Amazon.EC2.Model;
using AwsLinq.LocalAws;

namespace AwsLinq.Tests.LocalAws.Ec2;

public class LocalEc2TagTests : Ec2TestBase
{
    [Fact]
    public async Task CreateTags_adds_and_overwrites_tags_on_every_resource()
    {
        var ids = SeedEach(
            new LocalEc2Instance { Tags = new Dictionary<string, string> { ["Name"] = "a", ["env"] = "dev" } },
            new LocalEc2Instance());

        await Client.CreateTagsAsync(new CreateTagsRequest { Resources = [.. ids], Tags = [new Tag("env", "prod"), new Tag("team", "")] });

        State.Instances()[0].Tags.Should().Equal(new Dictionary<string, string> { ["Name"] = "a", ["env"] = "prod", ["team"] = "" });
        State.Instances()[1].Tags.Should().Equal(new Dictionary<string, string> { ["env"] = "prod", ["team"] = "" });
        (await IdsMatchingAsync(Filter("tag:env", "prod"))).Should().Equal(ids);
    }

    [Fact]
    public async Task DeleteTags_removes_a_key_whatever_its_value_or_only_with_the_value_given()
    {
        var ids = SeedEach(
            new LocalEc2Instance { Tags = new Dictionary<string, string> { ["Name"] = "a", ["env"] = "dev", ["team"] = "x" } },
            new LocalEc2Instance { Tags = new Dictionary<string, string> { ["Name"] = "b", ["env"] = "prod", ["team"] = "y" } });

        await Client.DeleteTagsAsync(new DeleteTagsRequest { Resources = [.. ids], Tags = [new Tag { Key = "team" }, new Tag("env", "dev")] });

        State.Instances()[0].Tags.Should().Equal(new Dictionary<string, string> { ["Name"] = "a" });
        State.Instances()[1].Tags.Should().Equal(new Dictionary<string, string> { ["Name"] = "b", ["env"] = "prod" });
    }

    [Fact]
    public async Task DeleteTags_without_tags_removes_them_all()
    {
        var ids = SeedEach(new LocalEc2Instance { Tags = new Dictionary<string, string> { ["Name"] = "a", ["env"] = "dev" } });

        await Client.DeleteTagsAsync(new DeleteTagsRequest { Resources = [.. ids] });

        State.Instances().Single().Tags.Should().BeEmpty();
        var described = await DescribeAllAsync(new DescribeInstancesRequest());
        (described.Single().Tags ?? []).Should().BeEmpty();
    }

    [Fact]
    public async Task Tagging_an_unknown_instance_is_NotFound_and_another_kind_of_resource_InvalidID()
    {
        var notFound = await FailureOf(() => Client.CreateTagsAsync(new CreateTagsRequest { Resources = ["i-0eeeeeeeeeeeeeeee"], Tags = [new Tag("k", "v")] }));
        var other = await FailureOf(() => Client.CreateTagsAsync(new CreateTagsRequest { Resources = ["vol-0123"], Tags = [new Tag("k", "v")] }));

        notFound.ErrorCode.Should().Be("InvalidInstanceID.NotFound");
        other.ErrorCode.Should().Be("InvalidID");
        other.Message.Should().Be("The ID 'vol-0123' is not valid");
    }
}
