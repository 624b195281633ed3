using AwsLinq.Providers;

namespace AwsLinq.Tests.Batch;

/// <summary>
/// How a batch action trusts the service's answer no further than the items it sent: succeeded + failed = selected
/// whatever the answer says. End to end these answers come from a misbehaving endpoint; here, each rule on its own.
/// </summary>
public sealed class BatchProgressTests
{
    private static readonly string[] Sent = ["a", "b", "c"];

    [Fact]
    public void An_item_the_answer_does_not_mention_is_failed_not_assumed_done()
    {
        var result = Record(new BatchOutcome(["a"], []));

        result.Succeeded.Should().Equal("a");
        result.Failed.Select(f => (f.Id, f.ErrorCode)).Should().Equal(("b", "NoAnswer"), ("c", "NoAnswer"));
        result.Selected.Should().Be(3);
    }

    [Fact]
    public void An_item_named_twice_counts_once_and_a_failure_wins()
    {
        var result = Record(new BatchOutcome(["a", "a", "b", "c"], [new("b", "AccessDenied", "no"), new("b", "AccessDenied", "no")]));

        result.Succeeded.Should().Equal("a", "c");
        result.Failed.Should().ContainSingle().Which.Id.Should().Be("b");
        result.Selected.Should().Be(3);
        result.Anomalies.Should().BeEmpty();
    }

    [Fact]
    public void Items_that_were_not_sent_are_ignored_and_reported_as_anomalies()
    {
        var result = Record(new BatchOutcome(["a", "b", "c", "zz"], [new("other", "AccessDenied", "no")]));

        result.Succeeded.Should().Equal("a", "b", "c");
        result.Failed.Should().BeEmpty();
        result.Selected.Should().Be(3);
        result.Anomalies.Should().Equal(
            "DeleteObjects: the service reported an error (AccessDenied) for 'other', which was not sent.",
            "DeleteObjects: the service reported 'zz' as done, which was not sent.");
    }

    [Fact]
    public void Calls_that_finish_out_of_order_are_reported_in_the_order_they_were_sent()
    {
        var progress = new BatchProgress("DeleteObjects", dryRun: false);

        progress.Add(["c", "d"], new BatchOutcome(["c"], [new BatchFailure("d", "AccessDenied", "no")]), calls: 1, order: 1);
        progress.Add(["e"], BatchOutcome.AllSucceeded(["e"]), calls: 1, order: 2);
        progress.Add(["a", "b"], new BatchOutcome(["b", "a"], []), calls: 1, order: 0);

        var result = progress.ToResult();
        result.Succeeded.Should().Equal("a", "b", "c", "e");
        result.Failed.Select(f => f.Id).Should().Equal("d");
    }

    private static BatchResult Record(BatchOutcome outcome)
    {
        var progress = new BatchProgress("DeleteObjects", dryRun: false);
        progress.Add(Sent, outcome, calls: 1, order: 0);
        return progress.ToResult();
    }
}
