using Amazon.SQS;
using Amazon.SQS.Model;

namespace AwsLinq.Tests.LocalAws.Sqs;

public class LocalSqsBatchTests : LocalSqsTestBase
{
    private const string BatchEntryIdRule =
        "A batch entry id can only contain alphanumeric characters, hyphens and underscores. It can be at most 80 letters long.";

    private static List<SendMessageBatchRequestEntry> Entries(int count) =>
        Enumerable.Range(1, count).Select(i => new SendMessageBatchRequestEntry($"m{i}", $"body {i}")).ToList();

    private async Task<List<string>> ReceiveAll(string url)
    {
        var bodies = new List<string>();
        while ((await Client.ReceiveMessageAsync(new ReceiveMessageRequest(url) { MaxNumberOfMessages = 10 })).Messages is { Count: > 0 } page)
        {
            bodies.AddRange(page.Select(m => m.Body));
        }

        return bodies;
    }

    [Fact]
    public async Task SendMessageBatch_sends_every_entry_in_order_with_the_digests_the_SDK_checks()
    {
        var url = State.CreateQueue("batched");
        var entries = Entries(3);
        entries[1].MessageAttributes = new() { ["kind"] = new MessageAttributeValue { DataType = "String", StringValue = "x" } };

        var response = await Client.SendMessageBatchAsync(url, entries);

        response.Successful.Select(s => (s.Id, s.MD5OfMessageBody)).Should().Equal(
            ("m1", "744d6dbfdbed0707e1db5a0d9967710f"), ("m2", "9a396db400a9e9e1becc6f836bb14036"), ("m3", "bf6814b87c20f3d27783197fb41f53ff"));
        response.Successful[1].MD5OfMessageAttributes.Should().MatchRegex("^[0-9a-f]{32}$");
        response.Successful.Select(s => s.MessageId).Should().OnlyHaveUniqueItems();
        (response.Failed ?? []).Should().BeEmpty();
        (await ReceiveAll(url)).Should().Equal("body 1", "body 2", "body 3");
    }

    [Fact]
    public async Task An_entry_SQS_refuses_fails_alone_and_the_others_are_sent()
    {
        var url = State.CreateQueue("small", new Dictionary<string, string> { ["MaximumMessageSize"] = "1024" });
        var entries = Entries(3);
        entries[1].MessageBody = new string('x', 1025);

        var response = await Client.SendMessageBatchAsync(url, entries);

        response.Successful.Select(s => s.Id).Should().Equal("m1", "m3");
        var failed = response.Failed.Should().ContainSingle().Subject;
        (failed.Id, failed.Code, failed.SenderFault, failed.Message).Should().Be(
            ("m2", "InvalidParameterValue", true, "One or more parameters are invalid. Reason: Message must be shorter than 1024 bytes."));
        (await ReceiveAll(url)).Should().Equal("body 1", "body 3");
    }

    [Fact]
    public async Task A_FIFO_entry_without_a_group_fails_with_MissingParameter()
    {
        var url = State.CreateQueue("orders.fifo", new Dictionary<string, string> { ["FifoQueue"] = "true", ["ContentBasedDeduplication"] = "true" });
        var entries = Entries(2);
        entries[0].MessageGroupId = "g";

        var response = await Client.SendMessageBatchAsync(url, entries);

        response.Successful.Should().ContainSingle().Which.SequenceNumber.Should().NotBeNull();
        response.Failed.Should().ContainSingle().Which.Code.Should().Be("MissingParameter");
    }

    [Fact]
    public async Task Messages_longer_than_1_MiB_together_fail_the_whole_batch()
    {
        var url = State.CreateQueue("large");
        var entries = Entries(2);
        entries.ForEach(e => e.MessageBody = new string('x', 524_289));

        var act = () => Client.SendMessageBatchAsync(url, entries);

        var error = (await act.Should().ThrowAsync<BatchRequestTooLongException>()).Which;
        error.ErrorCode.Should().Be("AWS.SimpleQueueService.BatchRequestTooLong");
        error.Message.Should().Be("Batch requests cannot be longer than 1048576 bytes. You have sent 1048578 bytes.");
        (await ReceiveAll(url)).Should().BeEmpty();
    }

    [Fact]
    public async Task More_than_10_entries_are_refused()
    {
        var url = State.CreateQueue("many");

        var act = () => Client.SendMessageBatchAsync(url, Entries(11));

        var error = (await act.Should().ThrowAsync<TooManyEntriesInBatchRequestException>()).Which;
        error.ErrorCode.Should().Be("AWS.SimpleQueueService.TooManyEntriesInBatchRequest");
        error.Message.Should().Be("Maximum number of entries per request are 10. You have sent 11.");
    }

    [Fact]
    public async Task A_batch_without_entries_is_refused_naming_the_entry_type()
    {
        var url = State.CreateQueue("none");

        var send = () => Client.SendMessageBatchAsync(url, []);
        var delete = () => Client.DeleteMessageBatchAsync(url, []);
        var change = () => Client.ChangeMessageVisibilityBatchAsync(url, []);

        (await send.Should().ThrowAsync<EmptyBatchRequestException>()).Which.Message
            .Should().Be("There should be at least one SendMessageBatchRequestEntry in the request.");
        (await delete.Should().ThrowAsync<EmptyBatchRequestException>()).Which.Message
            .Should().Be("There should be at least one DeleteMessageBatchRequestEntry in the request.");
        (await change.Should().ThrowAsync<EmptyBatchRequestException>()).Which.ErrorCode
            .Should().Be("AWS.SimpleQueueService.EmptyBatchRequest");
    }

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("dot.ted")]
    public async Task An_entry_id_outside_the_rule_is_refused(string id)
    {
        var url = State.CreateQueue("ids");

        var act = () => Client.SendMessageBatchAsync(url, [new SendMessageBatchRequestEntry(id, "body")]);

        var error = (await act.Should().ThrowAsync<InvalidBatchEntryIdException>()).Which;
        error.ErrorCode.Should().Be("AWS.SimpleQueueService.InvalidBatchEntryId");
        error.Message.Should().Be(BatchEntryIdRule);
    }

    [Fact]
    public async Task An_entry_id_of_81_characters_is_refused_and_one_of_80_taken()
    {
        var url = State.CreateQueue("long-ids");

        var act = () => Client.SendMessageBatchAsync(url, [new SendMessageBatchRequestEntry(new string('a', 81), "body")]);
        var taken = await Client.SendMessageBatchAsync(url, [new SendMessageBatchRequestEntry(new string('a', 80), "body")]);

        (await act.Should().ThrowAsync<InvalidBatchEntryIdException>()).Which.Message.Should().Be(BatchEntryIdRule);
        taken.Successful.Should().ContainSingle();
    }

    [Fact]
    public async Task Repeated_entry_ids_are_refused_and_nothing_is_sent()
    {
        var url = State.CreateQueue("twice");

        var act = () => Client.SendMessageBatchAsync(url, [new("a", "1"), new("b", "2"), new("a", "3")]);

        var error = (await act.Should().ThrowAsync<BatchEntryIdsNotDistinctException>()).Which;
        error.ErrorCode.Should().Be("AWS.SimpleQueueService.BatchEntryIdsNotDistinct");
        error.Message.Should().Be("Id a repeated.");
        (await ReceiveAll(url)).Should().BeEmpty();
    }

    [Fact]
    public async Task A_batch_to_a_queue_that_does_not_exist_is_refused()
    {
        var act = () => Client.SendMessageBatchAsync(UrlOf("missing"), Entries(1));

        await act.Should().ThrowAsync<QueueDoesNotExistException>();
    }

    [Fact]
    public async Task DeleteMessageBatch_deletes_each_message_and_fails_an_invalid_handle_alone()
    {
        var url = State.CreateQueue("done");
        State.SendMessages("done", 3);
        var received = (await Client.ReceiveMessageAsync(new ReceiveMessageRequest(url) { MaxNumberOfMessages = 2 })).Messages;

        var response = await Client.DeleteMessageBatchAsync(url,
        [
            new("first", received[0].ReceiptHandle), new("bogus", "not-a-handle"), new("second", received[1].ReceiptHandle),
        ]);

        response.Successful.Select(s => s.Id).Should().Equal("first", "second");
        var failed = response.Failed.Should().ContainSingle().Subject;
        (failed.Id, failed.Code, failed.SenderFault, failed.Message).Should().Be(
            ("bogus", "ReceiptHandleIsInvalid", true, "The input receipt handle \"not-a-handle\" is not a valid receipt handle."));
        (await VisibleAndInFlight(url)).Should().Be((1, 0));
    }

    [Fact]
    public async Task DeleteMessageBatch_checks_its_entries_as_every_batch_does()
    {
        var url = State.CreateQueue("checked");

        var many = () => Client.DeleteMessageBatchAsync(url, Enumerable.Range(0, 11).Select(i => new DeleteMessageBatchRequestEntry($"e{i}", "h")).ToList());
        var repeated = () => Client.DeleteMessageBatchAsync(url, [new("e", "h1"), new("e", "h2")]);

        await many.Should().ThrowAsync<TooManyEntriesInBatchRequestException>();
        (await repeated.Should().ThrowAsync<BatchEntryIdsNotDistinctException>()).Which.Message.Should().Be("Id e repeated.");
    }
}
