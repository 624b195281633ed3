using Amazon.SQS;
using Amazon.SQS.Model;

namespace AwsLinq.Tests.LocalAws.Sqs;

/// <summary>
/// Long polling on a server whose clock moves only when a test advances it: a wait can then end only because a
/// message arrived or the test moved time past it, so no assertion depends on how fast the machine is.
/// </summary>
public class LocalSqsLongPollingTests : LocalSqsFakeClockTestBase
{
    private async Task<Task<ReceiveMessageResponse>> WaitingReceive(string queue, ReceiveMessageRequest request)
    {
        var receive = Client.ReceiveMessageAsync(request);
        await Eventually.Holds(() => State.WaitingReceives(queue) == 1 || receive.IsCompleted);
        receive.IsCompleted.Should().BeFalse("the receive should be waiting, not answered");
        return receive;
    }

    [Fact]
    public async Task A_receive_waits_for_a_message_and_answers_as_soon_as_one_arrives()
    {
        var url = State.CreateQueue("jobs");
        var receive = await WaitingReceive("jobs", new ReceiveMessageRequest(url) { WaitTimeSeconds = 20 });

        await Client.SendMessageAsync(url, "arrived");
        var response = await receive;

        response.Messages.Should().ContainSingle().Which.Body.Should().Be("arrived");
        State.WaitingReceives("jobs").Should().Be(0);
        Server.Requests.For("sqs").Select(r => r.Operation).Should().Equal("SendMessage", "ReceiveMessage");
        Logged("ReceiveMessage").Single().Parameter("WaitTimeSeconds").Should().Be("20");
    }

    [Fact]
    public async Task A_receive_with_nothing_to_receive_answers_empty_when_its_wait_time_is_over_and_not_before()
    {
        var url = State.CreateQueue("idle");
        var receive = await WaitingReceive("idle", new ReceiveMessageRequest(url) { WaitTimeSeconds = 5 });

        Clock.Advance(TimeSpan.FromSeconds(4));
        var early = receive.IsCompleted;
        Clock.Advance(TimeSpan.FromSeconds(1));
        var response = await receive;

        early.Should().BeFalse();
        (response.Messages ?? []).Should().BeEmpty();
        Logged("ReceiveMessage").Single().StatusCode.Should().Be(200);
    }

    [Fact]
    public async Task The_queue_ReceiveMessageWaitTimeSeconds_applies_when_the_request_has_no_wait_time()
    {
        var url = State.CreateQueue("polled", new Dictionary<string, string> { ["ReceiveMessageWaitTimeSeconds"] = "10" });
        var receive = await WaitingReceive("polled", new ReceiveMessageRequest(url));

        Clock.Advance(TimeSpan.FromSeconds(10));

        ((await receive).Messages ?? []).Should().BeEmpty();
        Logged("ReceiveMessage").Single().Parameter("WaitTimeSeconds").Should().BeNull();
    }

    [Fact]
    public async Task WaitTimeSeconds_0_answers_at_once_even_on_a_long_polling_queue()
    {
        var url = State.CreateQueue("short", new Dictionary<string, string> { ["ReceiveMessageWaitTimeSeconds"] = "20" });

        var response = await Client.ReceiveMessageAsync(new ReceiveMessageRequest(url) { WaitTimeSeconds = 0 });

        (response.Messages ?? []).Should().BeEmpty();
    }

    [Fact]
    public async Task A_message_whose_delay_ends_during_the_wait_is_received()
    {
        var url = State.CreateQueue("delayed");
        await Client.SendMessageAsync(new SendMessageRequest(url, "later") { DelaySeconds = 3 });
        var receive = await WaitingReceive("delayed", new ReceiveMessageRequest(url) { WaitTimeSeconds = 20 });

        Clock.Advance(TimeSpan.FromSeconds(3));

        (await receive).Messages.Should().ContainSingle().Which.Body.Should().Be("later");
    }

    [Fact]
    public async Task A_message_returned_with_a_visibility_timeout_of_0_ends_the_wait()
    {
        var url = State.CreateQueue("returned");
        State.SendMessages("returned", 1);
        var handle = (await Client.ReceiveMessageAsync(url)).Messages.Single().ReceiptHandle;
        var receive = await WaitingReceive("returned", new ReceiveMessageRequest(url) { WaitTimeSeconds = 20 });

        await Client.ChangeMessageVisibilityAsync(url, handle, 0);

        (await receive).Messages.Should().ContainSingle().Which.Body.Should().Be("message 1");
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(21)]
    public async Task A_wait_time_outside_0_to_20_is_refused(int seconds)
    {
        var url = State.CreateQueue("bounded");

        var act = () => Client.ReceiveMessageAsync(new ReceiveMessageRequest(url) { WaitTimeSeconds = seconds });

        var error = (await act.Should().ThrowAsync<AmazonSQSException>()).Which;
        error.ErrorCode.Should().Be("InvalidParameterValue");
        error.Message.Should().Be($"Value {seconds} for parameter WaitTimeSeconds is invalid. Reason: Must be >= 0 and <= 20, if provided.");
        State.WaitingReceives("bounded").Should().Be(0);
    }
}
