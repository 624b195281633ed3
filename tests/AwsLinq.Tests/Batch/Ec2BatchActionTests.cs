using Amazon.EC2;
using Amazon.EC2.Model;
using AwsLinq.LocalAws;

namespace AwsLinq.Tests.Batch;

/// <summary>
/// The instance actions through the SDK against LocalAws: the calls that went out (one per page of at most 1000 ids),
/// the instances' state afterwards and the result's tally.
/// </summary>
public sealed class Ec2BatchActionTests : IAsyncLifetime
{
    private LocalAwsServer _server = null!;
    private AmazonEC2Client _ec2 = null!;

    // 2,500 instances tagged team=batch in reservations of 100, and 10 tagged team=other that no action selects.
    private IReadOnlyList<string> _batch = [];
    private IReadOnlyList<string> _other = [];

    public async Task InitializeAsync()
    {
        _server = await LocalAwsServer.StartAsync();
        _ec2 = _server.CreateEc2Client();
        var ids = _server.Ec2.Seed(Enumerable.Range(0, 26).Select(r => (IReadOnlyList<LocalEc2Instance>)Enumerable.Range(0, r < 25 ? 100 : 10).Select(_ => new LocalEc2Instance
        {
            State = "running",
            Tags = new Dictionary<string, string> { ["team"] = r < 25 ? "batch" : "other", ["env"] = "test" },
        }).ToList()));
        _batch = ids.Take(2500).ToList();
        _other = ids.Skip(2500).ToList();
    }

    public async Task DisposeAsync()
    {
        _ec2.Dispose();
        await _server.DisposeAsync();
    }

    private IQueryable<Instance> Selected => _ec2.Instances().Where(i => i.Tag("team") == "batch");

    [Fact]
    public async Task StopAllAsync_sends_one_StopInstances_per_page_of_1000_ids_and_stops_only_the_selected()
    {
        var result = await Selected.StopAllAsync();

        var calls = Calls("StopInstances");
        calls.Select(c => c.Parameter("InstanceIds")).Should().Equal(Pages(_batch));
        calls.Should().OnlyContain(c => c.Parameter("DryRun") != "true" && c.Parameter("Force") == null && c.StatusCode == 200);
        States(_batch).Should().OnlyContain(s => s == "stopped");
        States(_other).Should().OnlyContain(s => s == "running");
        result.Succeeded.Should().Equal(_batch);
        (result.Action, result.DryRun, result.Selected, result.Calls, result.AllSucceeded).Should().Be(("StopInstances", false, 2500, 3, true));
        result.ToString().Should().Be("StopInstances: 2500 selected, 2500 succeeded, 0 failed in 3 calls");
    }

    [Fact]
    public async Task StopAllAsync_with_force_sends_Force()
    {
        await Selected.Take(3).StopAllAsync(force: true);

        Calls("StopInstances").Should().ContainSingle().Which.Parameter("Force").Should().Be("true");
    }

    [Fact]
    public async Task StartAllAsync_starts_the_selected_stopped_instances()
    {
        await Selected.StopAllAsync();
        _server.Requests.Clear();

        var result = await _ec2.Instances().Where(i => i.State.Name == InstanceStateName.Stopped).StartAllAsync();

        Calls("StartInstances").Select(c => c.Parameter("InstanceIds")).Should().Equal(Pages(_batch));
        States(_batch).Should().OnlyContain(s => s == "running");
        (result.Selected, result.Calls, result.AllSucceeded).Should().Be((2500, 3, true));
    }

    [Fact]
    public async Task RebootAllAsync_sends_RebootInstances_and_leaves_the_state()
    {
        var result = await Selected.Take(1500).RebootAllAsync();

        Calls("RebootInstances").Select(c => c.Parameter("InstanceIds")).Should().Equal(Pages(_batch.Take(1500).ToList()));
        States(_batch).Should().OnlyContain(s => s == "running");
        result.ToString().Should().Be("RebootInstances: 1500 selected, 1500 succeeded, 0 failed in 2 calls");
    }

    [Fact]
    public async Task TerminateAllAsync_terminates_the_selected_instances()
    {
        var result = await Selected.TerminateAllAsync();

        Calls("TerminateInstances").Select(c => c.Parameter("InstanceIds")).Should().Equal(Pages(_batch));
        States(_batch).Should().OnlyContain(s => s == "terminated");
        States(_other).Should().OnlyContain(s => s == "running");
        result.Succeeded.Should().Equal(_batch);
    }

    [Fact]
    public async Task CreateTagsAsync_sets_the_tags_on_every_selected_instance()
    {
        var result = await Selected.CreateTagsAsync(new Dictionary<string, string> { ["owner"] = "ops", ["env"] = "prod" });

        var calls = Calls("CreateTags");
        calls.Select(c => c.Parameter("Resources")).Should().Equal(Pages(_batch));
        calls.Should().OnlyContain(c => c.Parameter("Tags") == "owner=ops,env=prod");
        Tags(_batch).Should().OnlyContain(t => t["owner"] == "ops" && t["env"] == "prod" && t["team"] == "batch");
        Tags(_other).Should().OnlyContain(t => !t.ContainsKey("owner") && t["env"] == "test");
        (result.Action, result.Selected, result.Calls).Should().Be(("CreateTags", 2500, 3));
    }

    [Fact]
    public async Task DeleteTagsAsync_removes_the_keys_whatever_their_values()
    {
        var result = await Selected.DeleteTagsAsync(["env"]);

        var calls = Calls("DeleteTags");
        calls.Select(c => c.Parameter("Resources")).Should().Equal(Pages(_batch));
        calls.Should().OnlyContain(c => c.Parameter("Tags") == "env", "a key sent without a value deletes the tag whatever its value");
        Tags(_batch).Should().OnlyContain(t => t.Count == 1 && t["team"] == "batch");
        Tags(_other).Should().OnlyContain(t => t["env"] == "test");
        (result.Action, result.Selected, result.Calls).Should().Be(("DeleteTags", 2500, 3));
    }

    [Fact]
    public async Task Tag_actions_refuse_an_empty_tag_list_before_sending_anything()
    {
        var create = () => Selected.CreateTagsAsync(new Dictionary<string, string>());
        var delete = () => Selected.DeleteTagsAsync([]);

        (await create.Should().ThrowAsync<ArgumentException>()).WithMessage("Give at least one tag to create; CreateTags with no tags does nothing.*")
            .Which.ParamName.Should().Be("tags");
        (await delete.Should().ThrowAsync<ArgumentException>()).WithMessage("Give at least one tag key: DeleteTags with no tags deletes every tag of the instances.*")
            .Which.ParamName.Should().Be("keys");
        _server.Requests.Snapshot().Should().BeEmpty();
    }

    [Fact]
    public async Task A_refused_call_fails_its_whole_page_with_EC2s_error_and_the_other_pages_are_done()
    {
        _server.Ec2.Faults.FailAction("StopInstances", "UnauthorizedOperation", "You are not authorized to perform this operation.", times: 1);

        var result = await Selected.StopAllAsync();

        var calls = Calls("StopInstances");
        calls.Select(c => c.StatusCode).Should().Equal(400, 200, 200);
        calls.Select(c => c.Parameter("InstanceIds")).Should().Equal(Pages(_batch));
        result.Failed.Should().Equal(_batch.Take(1000).Select(id => new BatchFailure(id, "UnauthorizedOperation", "You are not authorized to perform this operation.")));
        result.Succeeded.Should().Equal(_batch.Skip(1000));
        (result.Selected, result.Calls, result.AllSucceeded).Should().Be((2500, 3, false));
        States(_batch.Take(1000)).Should().OnlyContain(s => s == "running");
        States(_batch.Skip(1000)).Should().OnlyContain(s => s == "stopped");
    }

    [Fact]
    public async Task An_instance_in_the_wrong_state_fails_its_page_as_EC2_does()
    {
        // EC2 changes all the ids of a call or none: one terminated instance makes StopInstances refuse its page.
        await _ec2.TerminateInstancesAsync(new TerminateInstancesRequest { InstanceIds = [_batch[1500]] });
        _server.Requests.Clear();

        var result = await Selected.StopAllAsync();

        Calls("StopInstances").Select(c => c.StatusCode).Should().Equal(200, 400, 200);
        result.Failed.Select(f => f.Id).Should().Equal(_batch.Skip(1000).Take(1000));
        result.Failed.Should().OnlyContain(f => f.ErrorCode == "IncorrectInstanceState");
        result.Succeeded.Should().Equal([.. _batch.Take(1000), .. _batch.Skip(2000)]);
        States(_batch.Skip(1000).Take(1000).Where(id => id != _batch[1500])).Should().OnlyContain(s => s == "running");
        States([.. _batch.Take(1000), .. _batch.Skip(2000)]).Should().OnlyContain(s => s == "stopped");
    }

    [Fact]
    public async Task A_dry_run_sends_every_call_with_DryRun_and_changes_nothing()
    {
        var result = await Selected.TerminateAllAsync(new BatchOptions { DryRun = true });

        var calls = Calls("TerminateInstances");
        calls.Select(c => c.Parameter("InstanceIds")).Should().Equal(Pages(_batch));
        calls.Should().OnlyContain(c => c.Parameter("DryRun") == "true" && c.StatusCode == 412, "EC2 answers a dry run that would succeed with DryRunOperation");
        States(_batch).Should().OnlyContain(s => s == "running");
        result.Succeeded.Should().Equal(_batch);
        result.ToString().Should().Be("TerminateInstances (dry run): 2500 selected, would act on 2500, 0 refused, 3 calls sent");
    }

    [Fact]
    public async Task A_dry_run_reports_the_calls_EC2_would_refuse()
    {
        _server.Ec2.Faults.FailAction("CreateTags", "UnauthorizedOperation", "You are not authorized to perform this operation.");

        var result = await Selected.Take(10).CreateTagsAsync(new Dictionary<string, string> { ["owner"] = "ops" }, new BatchOptions { DryRun = true });

        Calls("CreateTags").Should().ContainSingle().Which.Parameter("DryRun").Should().Be("true");
        result.Failed.Select(f => (f.Id, f.ErrorCode)).Should().Equal(_batch.Take(10).Select(id => (id, "UnauthorizedOperation")));
        (result.DryRun, result.Selected, result.Succeeded.Count).Should().Be((true, 10, 0));
        Tags(_batch).Should().OnlyContain(t => !t.ContainsKey("owner"));
    }

    [Fact]
    public async Task A_query_that_selects_nothing_sends_no_action_call()
    {
        var result = await _ec2.Instances().Where(i => i.Tag("team") == "nobody").StopAllAsync();

        _server.Requests.Snapshot().Select(r => r.Operation).Should().Equal("DescribeInstances");
        (result.Selected, result.Calls).Should().Be((0, 0));
    }

    [Fact]
    public async Task Cancelling_midway_stops_before_the_next_call_and_reports_what_was_stopped()
    {
        using var cancel = new CancelAtItem(1500);

        var act = () => Selected.Where(i => cancel.See(i.InstanceId)).StopAllAsync(cancellationToken: cancel.Token);

        var thrown = (await act.Should().ThrowAsync<BatchActionCanceledException>()).Which;
        thrown.Message.Should().Be("StopInstances was canceled after 1 call: 1000 items were acted on and 0 failed; the rest were not touched.");
        thrown.Result.Succeeded.Should().Equal(_batch.Take(1000));
        Calls("StopInstances").Should().ContainSingle();
        States(_batch.Take(1000)).Should().OnlyContain(s => s == "stopped");
        States(_batch.Skip(1000)).Should().OnlyContain(s => s == "running");
    }

    [Fact]
    public void Explain_of_an_instance_action_shows_the_listing_and_the_action()
    {
        var plan = _ec2.Instances().Where(i => i.Tag("team") == "batch" && i.Tags.Count > 2)
            .Explain(q => q.StopAllAsync(false, null, default));

        plan.ToString().Should().Be(
            """
            EC2 DescribeInstances
              request: DescribeInstances Filter:tag:team=batch
              in memory: where i => i.Tags.Count > 2
              stops: after the last page
              follow-up calls: none
              action: StopInstances per page of at most 1000 ids
            """.ReplaceLineEndings());
        _server.Requests.Snapshot().Should().BeEmpty();
    }

    [Fact]
    public async Task Instance_actions_check_their_query_at_the_call()
    {
        IQueryable<Instance> notAwsLinq = new List<Instance>().AsQueryable();

        var onNull = () => Ec2BatchActions.StopAllAsync(null!);
        var onOther = () => notAwsLinq.TerminateAllAsync();

        (await onNull.Should().ThrowAsync<ArgumentNullException>()).Which.ParamName.Should().Be("instances");
        (await onOther.Should().ThrowAsync<ArgumentException>()).Which.ParamName.Should().Be("instances");
    }

    private static IEnumerable<string> Pages(IReadOnlyList<string> ids) => ids.Chunk(1000).Select(page => string.Join(',', page));

    private IReadOnlyList<ServedRequest> Calls(string action) => _server.Requests.For("ec2", action);

    private IEnumerable<string> States(IEnumerable<string> ids) => ids.Select(id => _server.Ec2.FindInstance(id)!.State);

    private IEnumerable<IReadOnlyDictionary<string, string>> Tags(IEnumerable<string> ids) => ids.Select(id => _server.Ec2.FindInstance(id)!.Tags);
}
