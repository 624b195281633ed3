using System.Diagnostics;
using AwsLinq.LocalAws;

namespace AwsLinq.Tests.LocalAws.Sqs;

public class LocalSqsSeedingTests : LocalSqsTestBase
{
    [Fact]
    public void SeedQueues_creates_thousands_of_queues_fast_and_returns_their_urls_in_order()
    {
        var names = Enumerable.Range(0, 10_000).Select(i => $"seed-{9_999 - i:D5}").ToList();
        var clock = Stopwatch.StartNew();

        var urls = State.SeedQueues(names);

        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(2));
        urls.Should().HaveCount(10_000);
        urls[0].Should().Be(UrlOf("seed-09999"));
        State.QueueUrls()[0].Should().Be(UrlOf("seed-00000"));
    }

    [Fact]
    public void SeedQueues_makes_names_ending_in_fifo_FIFO_queues()
    {
        State.SeedQueues(["ordered.fifo"]);

        var act = () => State.SendMessages("ordered.fifo", 2);

        act.Should().NotThrow();
    }

    [Fact]
    public void SeedQueues_with_a_taken_or_repeated_name_creates_nothing()
    {
        State.CreateQueue("taken");

        var taken = () => State.SeedQueues(["fresh", "taken"]);
        var repeated = () => State.SeedQueues(["twice", "twice"]);

        taken.Should().Throw<InvalidOperationException>().WithMessage("Queue 'taken' already exists or is named twice; no queue was created.");
        repeated.Should().Throw<InvalidOperationException>();
        State.QueueUrls().Should().Equal(UrlOf("taken"));
    }

    [Fact]
    public void CreateQueue_checks_names_and_attributes_as_SQS_does()
    {
        var badName = () => State.CreateQueue("bad name");
        var badAttribute = () => State.CreateQueue("ok", new Dictionary<string, string> { ["VisibilityTimeout"] = "-5" });
        State.CreateQueue("once");
        var twice = () => State.CreateQueue("once");

        badName.Should().Throw<ArgumentException>().WithMessage("Can only include alphanumeric characters*");
        badAttribute.Should().Throw<ArgumentException>().WithMessage("Invalid value for the parameter VisibilityTimeout.*");
        twice.Should().Throw<InvalidOperationException>().WithMessage("Queue 'once' already exists.");
    }

    [Fact]
    public void DeleteQueue_and_SendMessages_need_an_existing_queue()
    {
        var delete = () => State.DeleteQueue("absent");
        var send = () => State.SendMessages("absent", 1);
        var negative = () => State.SendMessages("absent", -1);

        delete.Should().Throw<InvalidOperationException>();
        send.Should().Throw<InvalidOperationException>();
        negative.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Queue_urls_use_the_local_account()
    {
        var url = State.CreateQueue("acct");

        url.Should().Be($"{Server.ServiceUrl}{LocalSqs.AccountId}/acct");
        LocalSqs.AccountId.Should().Be("000000000000");
    }
}
