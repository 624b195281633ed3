using Amazon.EC2.Model;
using AwsLinq.LocalAws;

namespace AwsLinq.Tests.LocalAws.Ec2.Status;

/// <summary>DescribeInstanceStatus and DescribeTags through the SDK: what they list, their filters, paging and errors.</summary>
public sealed class LocalEc2StatusAndTagsTests : Ec2TestBase
{
    [Fact]
    public async Task DescribeInstanceStatus_reports_running_instances_and_with_IncludeAllInstances_every_one()
    {
        var ids = SeedEach(new LocalEc2Instance(), new LocalEc2Instance { State = "stopped" }, new LocalEc2Instance { AvailabilityZone = "us-east-1b" });

        var running = (await Client.DescribeInstanceStatusAsync(new DescribeInstanceStatusRequest())).InstanceStatuses;
        var all = (await Client.DescribeInstanceStatusAsync(new DescribeInstanceStatusRequest { IncludeAllInstances = true })).InstanceStatuses;

        running.Select(s => s.InstanceId).Should().Equal(ids[0], ids[2]);
        var first = running[0];
        (first.AvailabilityZone, first.InstanceState.Name.Value, first.InstanceState.Code).Should().Be(("us-east-1a", "running", 16));
        (first.SystemStatus.Status.Value, first.Status.Status.Value, first.Status.Details.Single().Status.Value).Should().Be(("ok", "ok", "passed"));
        all.Select(s => (s.InstanceId, s.Status.Status.Value)).Should().Equal((ids[0], "ok"), (ids[1], "not-applicable"), (ids[2], "ok"));
    }

    [Fact]
    public async Task DescribeInstanceStatus_filters_pages_and_checks_ids_as_DescribeInstances_does()
    {
        var ids = State.Seed([Enumerable.Range(0, 7).Select(_ => new LocalEc2Instance()).ToList()]);

        var zoned = (await Client.DescribeInstanceStatusAsync(new DescribeInstanceStatusRequest { Filters = [Filter("availability-zone", "us-east-1a"), Filter("instance-status.status", "ok")] })).InstanceStatuses;
        var page = await Client.DescribeInstanceStatusAsync(new DescribeInstanceStatusRequest { MaxResults = 5 });
        var rest = await Client.DescribeInstanceStatusAsync(new DescribeInstanceStatusRequest { MaxResults = 5, NextToken = page.NextToken });
        var combined = await FailureOf(() => Client.DescribeInstanceStatusAsync(new DescribeInstanceStatusRequest { InstanceIds = [ids[0]], MaxResults = 5 }));
        var unknown = await FailureOf(() => Client.DescribeInstanceStatusAsync(new DescribeInstanceStatusRequest { InstanceIds = ["i-0eeeeeeeeeeeeeeee"] }));
        var small = await FailureOf(() => Client.DescribeInstanceStatusAsync(new DescribeInstanceStatusRequest { MaxResults = 2 }));
        var dryRun = await FailureOf(() => Client.DescribeInstanceStatusAsync(new DescribeInstanceStatusRequest { DryRun = true }));

        zoned.Should().HaveCount(7);
        page.InstanceStatuses.Concat(rest.InstanceStatuses).Select(s => s.InstanceId).Should().Equal(ids);
        rest.NextToken.Should().BeNull();
        (combined.ErrorCode, combined.Message).Should().Be(("InvalidParameterCombination", "The parameter instancesSet cannot be used with the parameter maxResults"));
        (unknown.ErrorCode, unknown.Message).Should().Be(("InvalidInstanceID.NotFound", "The instance ID 'i-0eeeeeeeeeeeeeeee' does not exist"));
        small.ErrorCode.Should().Be("InvalidParameterValue");
        dryRun.ErrorCode.Should().Be("DryRunOperation");
    }

    [Fact]
    public async Task DescribeTags_lists_a_row_per_tag_of_every_kind_of_resource()
    {
        var instance = SeedEach(new LocalEc2Instance { Tags = new Dictionary<string, string> { ["env"] = "prod", ["Name"] = "web" } })[0];
        var volume = State.Volumes.Seed([new LocalEc2Volume { Tags = new Dictionary<string, string> { ["env"] = "dev" } }])[0];
        var group = State.SecurityGroups.Seed([new LocalEc2SecurityGroup { GroupName = "web", Tags = new Dictionary<string, string> { ["env"] = "prod" } }])[0];

        var all = (await Client.DescribeTagsAsync(new DescribeTagsRequest())).Tags;
        var prod = (await Client.DescribeTagsAsync(new DescribeTagsRequest { Filters = [Filter("key", "env"), Filter("value", "prod")] })).Tags;
        var volumes = (await Client.DescribeTagsAsync(new DescribeTagsRequest { Filters = [Filter("resource-type", "volume")] })).Tags;
        var named = (await Client.DescribeTagsAsync(new DescribeTagsRequest { Filters = [Filter("tag:Name", "web")] })).Tags;

        all.Select(t => (t.ResourceId, t.ResourceType.Value, t.Key, t.Value)).Should().Equal(
            (instance, "instance", "env", "prod"), (instance, "instance", "Name", "web"), (volume, "volume", "env", "dev"), (group, "security-group", "env", "prod"));
        prod.Select(t => t.ResourceId).Should().Equal(instance, group);
        volumes.Single().ResourceId.Should().Be(volume);
        named.Select(t => t.Key).Should().Equal("env", "Name");
    }

    [Fact]
    public async Task DescribeTags_pages_and_refuses_what_the_reference_refuses()
    {
        State.Volumes.Seed(Enumerable.Range(0, 3).Select(n => new LocalEc2Volume { Tags = new Dictionary<string, string> { ["a"] = "1", ["b"] = "2" } }));

        var first = await Client.DescribeTagsAsync(new DescribeTagsRequest { MaxResults = 5 });
        var second = await Client.DescribeTagsAsync(new DescribeTagsRequest { MaxResults = 5, NextToken = first.NextToken });
        var filter = await FailureOf(() => Client.DescribeTagsAsync(new DescribeTagsRequest { Filters = [Filter("size", "1")] }));
        var token = await FailureOf(() => Client.DescribeTagsAsync(new DescribeTagsRequest { NextToken = "forged" }));
        var dryRun = await FailureOf(() => Client.DescribeTagsAsync(new DescribeTagsRequest { DryRun = true }));

        (first.Tags.Count, second.Tags.Count).Should().Be((5, 1));
        second.NextToken.Should().BeNull();
        (filter.ErrorCode, filter.Message).Should().Be(("InvalidParameterValue", "The filter 'size' is invalid"));
        token.ErrorCode.Should().Be("InvalidPaginationToken");
        dryRun.ErrorCode.Should().Be("DryRunOperation");
    }
}
