using Amazon.EC2.Model;
using AwsLinq.LocalAws;

namespace AwsLinq.Tests.Regions;

/// <summary>
/// <c>action.InEachRegion()</c> over queries across several regions, each region its own LocalAws server: every
/// call goes to the region its items were listed in, and the result names each item <c>region/id</c>.
/// </summary>
public sealed class RegionalBatchActionTests : IAsyncLifetime
{
    private RegionServers _regions = null!;

    public async Task InitializeAsync() => _regions = await RegionServers.StartAsync(new LocalAwsOptions());

    public async Task DisposeAsync() => await _regions.DisposeAsync();

    [Fact]
    public async Task Each_region_is_called_for_its_own_instances_and_the_result_names_them_region_slash_id()
    {
        var query = _regions.Ec2.Instances().Where(x => x.Item.InstanceType == "m5.large" && x.Item.State.Name == "running");
        var selected = RegionServers.Names.ToDictionary(r => r, Selected);

        var result = await Ec2BatchActions.Stop.InEachRegion().RunAsync(query);

        var expected = RegionServers.Names.SelectMany(r => selected[r].Select(id => $"{r}/{id}")).ToList();
        result.Succeeded.Should().Equal(expected);
        (result.Selected, result.AllSucceeded).Should().Be((expected.Count, true));
        foreach (var region in RegionServers.Names)
        {
            var ids = selected[region];
            _regions.Requests(region, "ec2", "StopInstances").Should().ContainSingle().Which.Parameter("InstanceIds").Should().Be(string.Join(',', ids));
            ids.Should().OnlyContain(id => _regions.Servers[region].Ec2.FindInstance(id)!.State != "running");
        }

        result.Calls.Should().Be(RegionServers.Names.Length);
    }

    [Fact]
    public async Task A_region_that_refuses_is_a_failure_of_its_items_only_and_the_other_regions_are_acted_on()
    {
        _regions.Servers["eu-west-1"].Ec2.Faults.FailAction("TerminateInstances", "UnauthorizedOperation", "You are not authorized to perform this operation.");
        var query = _regions.Ec2.Instances().WithDegreeOfParallelism(3);

        var result = await Ec2BatchActions.Terminate.InEachRegion().RunAsync(query);

        var all = RegionServers.Names.SelectMany(r => _regions.Servers[r].Ec2.Instances().Select(i => $"{r}/{i.InstanceId}")).ToList();
        result.Failed.Select(f => f.Id).Should().Equal(all.Where(id => id.StartsWith("eu-west-1/", StringComparison.Ordinal)));
        result.Failed.Should().OnlyContain(f => f.ErrorCode == "UnauthorizedOperation");
        result.Succeeded.Should().Equal(all.Where(id => !id.StartsWith("eu-west-1/", StringComparison.Ordinal)));
        result.Selected.Should().Be(all.Count);
        _regions.Servers["us-east-1"].Ec2.Instances().Should().OnlyContain(i => i.State == "shutting-down" || i.State == "terminated");
        _regions.Servers["eu-west-1"].Ec2.Instances().Should().NotContain(i => i.State == "shutting-down" || i.State == "terminated");
    }

    [Fact]
    public async Task A_dry_run_asks_each_region_with_DryRun_and_changes_nothing()
    {
        var result = await Ec2BatchActions.Stop.InEachRegion().RunAsync(_regions.Ec2.Instances(), options: new BatchOptions { DryRun = true });

        result.DryRun.Should().BeTrue();
        result.Succeeded.Should().HaveCount(12 + 3 + 7).And.OnlyContain(id => RegionServers.Names.Any(r => id.StartsWith(r + "/", StringComparison.Ordinal)));
        foreach (var region in RegionServers.Names)
        {
            _regions.Requests(region, "ec2", "StopInstances").Should().ContainSingle().Which.Parameter("DryRun").Should().Be("true");
        }

        RegionServers.Names.SelectMany(r => _regions.Servers[r].Ec2.Instances()).Count(i => i.State == "running").Should().Be(RunningBefore());
    }

    [Fact]
    public async Task A_per_item_action_sends_each_call_to_its_queues_region()
    {
        using var sqs = AwsRegions.For(RegionServers.Names, r => _regions.Servers[r].CreateSqsClient());
        var audit = RegionServers.Names.SelectMany(r => _regions.Servers[r].Sqs.QueueUrls().Where(u => u.Contains("/audit-", StringComparison.Ordinal)).Select(u => $"{r}/{u}")).ToList();

        var result = await SqsBatchActions.Delete.InEachRegion().RunAsync(sqs.Queues().Where(x => x.Item.Name.StartsWith("audit-")));

        result.Succeeded.Should().Equal(audit);
        foreach (var region in RegionServers.Names)
        {
            _regions.Requests(region, "sqs", "DeleteQueue").Select(r => r.Parameter("QueueUrl")).Should()
                .BeEquivalentTo(audit.Where(id => id.StartsWith(region + "/", StringComparison.Ordinal)).Select(id => id[(region.Length + 1)..]));
            _regions.Servers[region].Sqs.QueueUrls().Should().NotContain(u => u.Contains("/audit-", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void The_plan_names_the_call_and_that_each_region_is_called_with_its_own_client()
    {
        var query = _regions.Ec2.Instances().Where(x => x.Item.State.Name == "stopped");

        var plan = Ec2BatchActions.Start.InEachRegion().Explain(query);

        plan.Action.Should().EndWith(", each region's items with its own client").And.StartWith("StartInstances per page of at most 1000");
        plan.Requests.Should().HaveCount(RegionServers.Names.Length);
    }

    [Fact]
    public async Task A_query_that_is_not_over_regions_is_refused_naming_the_problem()
    {
        var act = () => Ec2BatchActions.Stop.InEachRegion().RunAsync(Array.Empty<Regional<Instance>>().AsQueryable());

        (await act.Should().ThrowAsync<ArgumentException>()).Which.Message.Should().Contain("AwsLinq query over Regional`1 items");
        RegionServers.Names.SelectMany(r => _regions.Servers[r].Requests.Snapshot()).Should().BeEmpty();
    }

    private List<string> Selected(string region) =>
        [.. _regions.Servers[region].Ec2.Instances().Where(i => i.InstanceType == "m5.large" && i.State == "running").Select(i => i.InstanceId!)];

    private int RunningBefore() => RegionServers.Names.Select((_, r) => Enumerable.Range(0, new[] { 12, 3, 7 }[r]).Count(k => k % 4 != 3)).Sum();
}
