using Amazon.SQS;
using Amazon.SQS.Model;

namespace AwsLinq.Tests.LocalAws.Sqs;

public class LocalSqsMessageTests : LocalSqsTestBase
{
    private static readonly List<string> Counts =
        ["ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible", "ApproximateNumberOfMessagesDelayed"];

    private async Task<(int Visible, int NotVisible, int Delayed)> CountsOf(string url)
    {
        var response = await Client.GetQueueAttributesAsync(url, Counts);
        return (response.ApproximateNumberOfMessages, response.ApproximateNumberOfMessagesNotVisible,
            response.ApproximateNumberOfMessagesDelayed);
    }

    [Fact]
    public async Task Counts_follow_send_receive_and_delete()
    {
        var url = State.CreateQueue("work");
        State.SendMessages("work", 3);
        await Client.SendMessageAsync(url, "fourth");
        await Client.SendMessageAsync(new SendMessageRequest(url, "later") { DelaySeconds = 600 });

        var afterSend = await CountsOf(url);
        var received = await Client.ReceiveMessageAsync(new ReceiveMessageRequest(url) { MaxNumberOfMessages = 2 });
        var afterReceive = await CountsOf(url);
        await Client.DeleteMessageAsync(url, received.Messages[0].ReceiptHandle);
        var afterDelete = await CountsOf(url);

        afterSend.Should().Be((4, 0, 1));
        received.Messages.Select(m => m.Body).Should().Equal("message 1", "message 2");
        afterReceive.Should().Be((2, 2, 1));
        afterDelete.Should().Be((2, 1, 1));
    }

    [Fact]
    public async Task A_visibility_timeout_of_zero_returns_the_message_to_the_queue_at_once()
    {
        var url = State.CreateQueue("bounce");
        State.SendMessages("bounce", 1);

        var first = await Client.ReceiveMessageAsync(new ReceiveMessageRequest(url) { VisibilityTimeout = 0, MessageSystemAttributeNames = ["All"] });
        var second = await Client.ReceiveMessageAsync(new ReceiveMessageRequest(url) { MessageSystemAttributeNames = ["ApproximateReceiveCount"] });

        first.Messages.Single().Attributes["ApproximateReceiveCount"].Should().Be("1");
        first.Messages.Single().Attributes.Keys.Should().Contain(["SenderId", "SentTimestamp", "ApproximateFirstReceiveTimestamp"]);
        second.Messages.Single().Attributes.Should().Equal(new Dictionary<string, string> { ["ApproximateReceiveCount"] = "2" });
        second.Messages.Single().ReceiptHandle.Should().NotBe(first.Messages.Single().ReceiptHandle);
        (await CountsOf(url)).Should().Be((0, 1, 0));
    }

    [Fact]
    public async Task Message_attributes_round_trip_with_the_digests_the_SDK_checks()
    {
        var url = State.CreateQueue("attributed");
        var attributes = new Dictionary<string, MessageAttributeValue>
        {
            ["kind"] = new() { DataType = "String", StringValue = "order" },
            ["count"] = new() { DataType = "Number", StringValue = "3" },
            ["blob"] = new() { DataType = "Binary", BinaryValue = new MemoryStream([1, 2, 3]) },
        };

        var sent = await Client.SendMessageAsync(new SendMessageRequest(url, "hello") { MessageAttributes = attributes });
        var received = await Client.ReceiveMessageAsync(new ReceiveMessageRequest(url) { MessageAttributeNames = ["kind", "b.*"] });

        sent.MD5OfMessageBody.Should().Be("5d41402abc4b2a76b9719d911017c592");
        sent.MD5OfMessageAttributes.Should().MatchRegex("^[0-9a-f]{32}$");
        var message = received.Messages.Single();
        message.MessageId.Should().Be(sent.MessageId);
        message.MessageAttributes.Keys.Should().BeEquivalentTo("kind");
        message.MessageAttributes["kind"].StringValue.Should().Be("order");
    }

    [Fact]
    public async Task Fifo_queues_deduplicate_and_hold_back_a_group_with_a_message_in_flight()
    {
        var url = State.CreateQueue("ordered.fifo", new Dictionary<string, string> { ["FifoQueue"] = "true", ["ContentBasedDeduplication"] = "true" });

        var first = await Client.SendMessageAsync(new SendMessageRequest(url, "a") { MessageGroupId = "g1" });
        var duplicate = await Client.SendMessageAsync(new SendMessageRequest(url, "a") { MessageGroupId = "g1" });
        await Client.SendMessageAsync(new SendMessageRequest(url, "b") { MessageGroupId = "g1" });
        await Client.SendMessageAsync(new SendMessageRequest(url, "c") { MessageGroupId = "g2" });
        var firstReceive = await Client.ReceiveMessageAsync(new ReceiveMessageRequest(url) { MaxNumberOfMessages = 1 });
        var secondReceive = await Client.ReceiveMessageAsync(new ReceiveMessageRequest(url) { MaxNumberOfMessages = 10 });

        duplicate.MessageId.Should().Be(first.MessageId);
        first.SequenceNumber.Should().MatchRegex("^[0-9]{20}$");
        firstReceive.Messages.Single().Body.Should().Be("a");
        secondReceive.Messages.Select(m => m.Body).Should().Equal("c");
    }

    [Fact]
    public async Task Fifo_sends_need_a_group_and_a_deduplication_id()
    {
        var url = State.CreateQueue("strict.fifo", new Dictionary<string, string> { ["FifoQueue"] = "true" });

        var noGroup = () => Client.SendMessageAsync(new SendMessageRequest(url, "x") { MessageDeduplicationId = "1" });
        var noDeduplication = () => Client.SendMessageAsync(new SendMessageRequest(url, "x") { MessageGroupId = "g" });

        (await noGroup.Should().ThrowAsync<AmazonSQSException>()).Which.ErrorCode.Should().Be("MissingParameter");
        (await noDeduplication.Should().ThrowAsync<AmazonSQSException>()).Which.Message.Should().Be(
            "The queue should either have ContentBasedDeduplication enabled or MessageDeduplicationId provided explicitly");
    }

    [Fact]
    public async Task A_message_over_MaximumMessageSize_is_rejected()
    {
        var url = State.CreateQueue("small", new Dictionary<string, string> { ["MaximumMessageSize"] = "1024" });

        var act = () => Client.SendMessageAsync(url, new string('x', 1025));

        (await act.Should().ThrowAsync<AmazonSQSException>()).Which.Message.Should().Be(
            "One or more parameters are invalid. Reason: Message must be shorter than 1024 bytes.");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(11)]
    public async Task MaxNumberOfMessages_outside_1_to_10_fails(int max)
    {
        var url = State.CreateQueue("bounded");

        var act = () => Client.ReceiveMessageAsync(new ReceiveMessageRequest(url) { MaxNumberOfMessages = max });

        (await act.Should().ThrowAsync<AmazonSQSException>()).Which.Message.Should().Be(
            $"Value {max} for parameter MaxNumberOfMessages is invalid. Reason: Must be between 1 and 10, if provided.");
    }

    [Fact]
    public async Task A_receipt_handle_from_elsewhere_is_invalid_and_deleting_twice_succeeds()
    {
        var url = State.CreateQueue("handles");
        State.SendMessages("handles", 1);
        var handle = (await Client.ReceiveMessageAsync(url)).Messages.Single().ReceiptHandle;

        await Client.DeleteMessageAsync(url, handle);
        await Client.DeleteMessageAsync(url, handle);
        var act = () => Client.DeleteMessageAsync(url, "forged");

        (await act.Should().ThrowAsync<ReceiptHandleIsInvalidException>()).Which.Message
            .Should().Be("The input receipt handle \"forged\" is not a valid receipt handle.");
        (await CountsOf(url)).Should().Be((0, 0, 0));
    }

    [Fact]
    public async Task PurgeQueue_empties_the_queue_and_refuses_a_second_purge_within_a_minute()
    {
        var url = State.CreateQueue("full");
        State.SendMessages("full", 5);

        await Client.PurgeQueueAsync(url);
        var again = () => Client.PurgeQueueAsync(url);

        (await CountsOf(url)).Should().Be((0, 0, 0));
        (await again.Should().ThrowAsync<PurgeQueueInProgressException>()).Which.ErrorCode
            .Should().Be("AWS.SimpleQueueService.PurgeQueueInProgress");
    }
}
