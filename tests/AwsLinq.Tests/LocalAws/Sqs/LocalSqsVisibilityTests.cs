using Amazon.SQS;
using Amazon.SQS.Model;

namespace AwsLinq.Tests.LocalAws.Sqs;

public class LocalSqsVisibilityTests : LocalSqsFakeClockTestBase
{
    private async Task<string> ReceivedHandle(string url) => (await Client.ReceiveMessageAsync(url)).Messages.Single().ReceiptHandle;

    [Fact]
    public async Task ChangeMessageVisibility_hides_an_in_flight_message_for_the_new_timeout_from_now()
    {
        var url = State.CreateQueue("work");
        State.SendMessages("work", 1);
        var handle = await ReceivedHandle(url);

        Clock.Advance(TimeSpan.FromSeconds(20));
        await Client.ChangeMessageVisibilityAsync(url, handle, 60);
        Clock.Advance(TimeSpan.FromSeconds(59));
        var stillHidden = await VisibleAndInFlight(url);
        Clock.Advance(TimeSpan.FromSeconds(1));

        stillHidden.Should().Be((0, 1));
        (await VisibleAndInFlight(url)).Should().Be((1, 0));
        Logged("ChangeMessageVisibility").Single().Parameters.Should().Equal(new Dictionary<string, string>
        {
            ["QueueUrl"] = url,
            ["ReceiptHandle"] = handle,
            ["VisibilityTimeout"] = "60",
        });
    }

    [Fact]
    public async Task A_visibility_timeout_of_0_returns_the_message_at_once()
    {
        var url = State.CreateQueue("back");
        State.SendMessages("back", 1);

        await Client.ChangeMessageVisibilityAsync(url, await ReceivedHandle(url), 0);

        (await VisibleAndInFlight(url)).Should().Be((1, 0));
    }

    [Fact]
    public async Task A_message_that_is_not_in_flight_is_refused_with_MessageNotInflight()
    {
        var url = State.CreateQueue("expired");
        State.SendMessages("expired", 1);
        var handle = await ReceivedHandle(url);
        Clock.Advance(TimeSpan.FromSeconds(30));

        var act = () => Client.ChangeMessageVisibilityAsync(url, handle, 10);

        var error = (await act.Should().ThrowAsync<MessageNotInflightException>()).Which;
        error.ErrorCode.Should().Be("AWS.SimpleQueueService.MessageNotInflight");
        error.Message.Should().Be("Message does not exist or is not available for visibility timeout change.");
    }

    [Fact]
    public async Task A_deleted_message_is_no_longer_in_flight()
    {
        var url = State.CreateQueue("gone");
        State.SendMessages("gone", 1);
        var handle = await ReceivedHandle(url);
        await Client.DeleteMessageAsync(url, handle);

        var act = () => Client.ChangeMessageVisibilityAsync(url, handle, 10);

        await act.Should().ThrowAsync<MessageNotInflightException>();
    }

    [Fact]
    public async Task A_handle_this_queue_did_not_issue_is_invalid()
    {
        var url = State.CreateQueue("mine");
        var other = State.CreateQueue("theirs");
        State.SendMessages("theirs", 1);
        var handle = await ReceivedHandle(other);

        var act = () => Client.ChangeMessageVisibilityAsync(url, handle, 10);

        (await act.Should().ThrowAsync<ReceiptHandleIsInvalidException>()).Which.Message
            .Should().Be($"The input receipt handle \"{handle}\" is not a valid receipt handle.");
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(43_201)]
    public async Task A_timeout_outside_0_to_12_hours_is_refused(int seconds)
    {
        var url = State.CreateQueue("ranged");
        State.SendMessages("ranged", 1);

        var act = async () => await Client.ChangeMessageVisibilityAsync(url, await ReceivedHandle(url), seconds);

        var error = (await act.Should().ThrowAsync<AmazonSQSException>()).Which;
        error.ErrorCode.Should().Be("InvalidParameterValue");
        error.Message.Should().Be($"Value {seconds} for parameter VisibilityTimeout is invalid. Reason: Must be >= 0 and <= 43200, if provided.");
    }

    [Fact]
    public async Task A_timeout_that_keeps_a_message_hidden_past_12_hours_after_its_first_receive_is_refused()
    {
        var url = State.CreateQueue("long");
        State.SendMessages("long", 1);
        var handle = await ReceivedHandle(url);
        await Client.ChangeMessageVisibilityAsync(url, handle, 43_200);
        Clock.Advance(TimeSpan.FromHours(1));

        var act = () => Client.ChangeMessageVisibilityAsync(url, handle, 39_601);
        await Client.ChangeMessageVisibilityAsync(url, handle, 39_600);

        (await act.Should().ThrowAsync<AmazonSQSException>()).Which.Message.Should().Be(
            "Value 39601 for parameter VisibilityTimeout is invalid. Reason: Total VisibilityTimeout for the message is beyond the limit [43200 seconds]");
    }

    [Fact]
    public async Task ChangeMessageVisibility_needs_a_receipt_handle_and_a_timeout()
    {
        var url = State.CreateQueue("needs");

        var noHandle = () => Client.ChangeMessageVisibilityAsync(new ChangeMessageVisibilityRequest { QueueUrl = url, VisibilityTimeout = 1 });
        var noTimeout = () => Client.ChangeMessageVisibilityAsync(new ChangeMessageVisibilityRequest { QueueUrl = url, ReceiptHandle = "h" });

        (await noHandle.Should().ThrowAsync<AmazonSQSException>()).Which.Message.Should().Be("The request must contain the parameter ReceiptHandle.");
        (await noTimeout.Should().ThrowAsync<AmazonSQSException>()).Which.Message.Should().Be("The request must contain the parameter VisibilityTimeout.");
    }

    [Fact]
    public async Task ChangeMessageVisibility_on_a_queue_that_does_not_exist_is_refused()
    {
        var act = () => Client.ChangeMessageVisibilityAsync(UrlOf("missing"), "h", 1);

        await act.Should().ThrowAsync<QueueDoesNotExistException>();
    }

    [Fact]
    public async Task ChangeMessageVisibilityBatch_changes_each_entry_and_fails_each_refusal_alone()
    {
        var url = State.CreateQueue("batch");
        State.SendMessages("batch", 2);
        var handles = (await Client.ReceiveMessageAsync(new ReceiveMessageRequest(url) { MaxNumberOfMessages = 2 })).Messages.Select(m => m.ReceiptHandle).ToList();

        var response = await Client.ChangeMessageVisibilityBatchAsync(url,
        [
            new("now", handles[0]) { VisibilityTimeout = 0 },
            new("bogus", "not-a-handle") { VisibilityTimeout = 0 },
            new("later", handles[1]) { VisibilityTimeout = 600 },
            new("too-long", handles[1]) { VisibilityTimeout = 50_000 },
        ]);

        response.Successful.Select(s => s.Id).Should().Equal("now", "later");
        response.Failed.Select(f => (f.Id, f.Code, f.SenderFault)).Should().Equal(
            ("bogus", "ReceiptHandleIsInvalid", true), ("too-long", "InvalidParameterValue", true));
        (await VisibleAndInFlight(url)).Should().Be((1, 1));
    }

    [Fact]
    public async Task ChangeMessageVisibilityBatch_checks_its_entries_as_every_batch_does()
    {
        var url = State.CreateQueue("checked");

        var act = () => Client.ChangeMessageVisibilityBatchAsync(url, [new("bad id", "h") { VisibilityTimeout = 1 }]);

        await act.Should().ThrowAsync<InvalidBatchEntryIdException>();
    }
}
