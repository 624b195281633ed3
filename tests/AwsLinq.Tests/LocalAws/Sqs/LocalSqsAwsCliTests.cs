using System.Text.Json;
using Amazon.SQS.Model;
using AwsLinq.Tests.Infrastructure;

namespace AwsLinq.Tests.LocalAws.Sqs;

/// <summary>
/// Debian's AWS CLI (2.9, SQS's query protocol) against LocalAws, as a user types it. The server runs on a clock
/// that moves only when a test advances it, so that a long poll ends only because a message arrived or the test
/// moved time past the wait.
/// </summary>
public class LocalSqsAwsCliTests : LocalSqsFakeClockTestBase
{
    private Task<ClientProcess> Aws(params string[] arguments) => DebianClients.StartAwsAsync(Server, arguments);

    private async Task<JsonElement> AwsJson(params string[] arguments)
    {
        using var aws = await Aws(arguments);
        var result = (await aws.ExitAsync()).Succeeded();
        return JsonDocument.Parse(result.Stdout).RootElement;
    }

    [Fact]
    public async Task List_queues_prints_the_queue_URLs_and_sends_the_prefix()
    {
        State.SeedQueues(["orders", "orders-dlq", "billing"]);

        var all = await AwsJson("sqs", "list-queues");
        var orders = await AwsJson("sqs", "list-queues", "--queue-name-prefix", "orders");

        all.GetProperty("QueueUrls").EnumerateArray().Select(u => u.GetString()).Should().Equal(UrlOf("billing"), UrlOf("orders"), UrlOf("orders-dlq"));
        orders.GetProperty("QueueUrls").EnumerateArray().Select(u => u.GetString()).Should().Equal(UrlOf("orders"), UrlOf("orders-dlq"));
        Logged("ListQueues").Select(r => r.Parameter("QueueNamePrefix")).Should().Equal(null, "orders");
    }

    [Fact]
    public async Task Send_message_batch_sends_every_entry_and_prints_each_result()
    {
        var url = State.CreateQueue("jobs");

        var printed = await AwsJson("sqs", "send-message-batch", "--queue-url", url, "--entries", "Id=a,MessageBody=first", "Id=b,MessageBody=second");

        printed.GetProperty("Successful").EnumerateArray().Select(e => e.GetProperty("Id").GetString()).Should().Equal("a", "b");
        printed.GetProperty("Successful")[0].GetProperty("MD5OfMessageBody").GetString().Should().Be("8b04d5e3775d298e78455efc5ca404d5");
        (await VisibleAndInFlight(url)).Should().Be((2, 0));
        Logged("SendMessageBatch").Single().Parameters.Should().Equal(new Dictionary<string, string> { ["QueueUrl"] = url });
    }

    [Fact]
    public async Task Send_message_batch_with_a_repeated_id_fails_with_SQS_code_and_message()
    {
        var url = State.CreateQueue("jobs");

        using var aws = await Aws("sqs", "send-message-batch", "--queue-url", url, "--entries", "Id=a,MessageBody=1", "Id=a,MessageBody=2");
        var result = await aws.ExitAsync();

        result.ExitCode.Should().NotBe(0);
        result.Stderr.Trim().Should().Be(
            "An error occurred (AWS.SimpleQueueService.BatchEntryIdsNotDistinct) when calling the SendMessageBatch operation: Id a repeated.");
        (await VisibleAndInFlight(url)).Should().Be((0, 0));
    }

    [Fact]
    public async Task Receive_message_with_a_wait_time_returns_as_soon_as_a_message_arrives()
    {
        var url = State.CreateQueue("inbox");
        using var aws = await Aws("sqs", "receive-message", "--queue-url", url, "--wait-time-seconds", "2");
        await Eventually.Holds(() => State.WaitingReceives("inbox") == 1 || aws.HasExited, "the CLI's receive is waiting");
        aws.HasExited.Should().BeFalse("the receive should wait for a message");

        await Client.SendMessageAsync(url, "hello from the SDK");
        var printed = JsonDocument.Parse((await aws.ExitAsync()).Succeeded().Stdout).RootElement;

        printed.GetProperty("Messages").EnumerateArray().Select(m => m.GetProperty("Body").GetString()).Should().Equal("hello from the SDK");
        (await VisibleAndInFlight(url)).Should().Be((0, 1));
        Server.Requests.For("sqs").Where(r => r.Operation is "SendMessage" or "ReceiveMessage").Select(r => r.Operation)
            .Should().Equal("SendMessage", "ReceiveMessage");
        Logged("ReceiveMessage").Single().Parameter("WaitTimeSeconds").Should().Be("2");
    }

    [Fact]
    public async Task Receive_message_with_a_wait_time_waits_it_out_when_no_message_arrives()
    {
        var url = State.CreateQueue("quiet");
        using var aws = await Aws("sqs", "receive-message", "--queue-url", url, "--wait-time-seconds", "2");
        await Eventually.Holds(() => State.WaitingReceives("quiet") == 1 || aws.HasExited, "the CLI's receive is waiting");

        Clock.Advance(TimeSpan.FromSeconds(1));
        var answeredEarly = Logged("ReceiveMessage").Count;
        Clock.Advance(TimeSpan.FromSeconds(1));
        var result = (await aws.ExitAsync()).Succeeded();

        answeredEarly.Should().Be(0);
        result.Stdout.Trim().Should().BeEmpty();
        Logged("ReceiveMessage").Single().StatusCode.Should().Be(200);
        State.WaitingReceives("quiet").Should().Be(0);
    }

    [Fact]
    public async Task Errors_reach_the_CLI_with_the_query_protocol_code_and_message()
    {
        using var aws = await Aws("sqs", "get-queue-attributes", "--queue-url", UrlOf("missing"), "--attribute-names", "All");
        var result = await aws.ExitAsync();

        result.ExitCode.Should().NotBe(0);
        result.Stderr.Trim().Should().Be(
            "An error occurred (AWS.SimpleQueueService.NonExistentQueue) when calling the GetQueueAttributes operation: The specified queue does not exist for this wsdl version.");
    }

    [Fact]
    public async Task Visibility_changes_and_batch_deletes_work_from_the_CLI()
    {
        var url = State.CreateQueue("work");
        State.SendMessages("work", 2);
        var received = await AwsJson("sqs", "receive-message", "--queue-url", url, "--max-number-of-messages", "2");
        var handles = received.GetProperty("Messages").EnumerateArray().Select(m => m.GetProperty("ReceiptHandle").GetString()!).ToList();

        await AwsJson("sqs", "change-message-visibility-batch", "--queue-url", url, "--entries",
            JsonSerializer.Serialize(new[] { new { Id = "back", ReceiptHandle = handles[0], VisibilityTimeout = 0 } }));
        var afterChange = await VisibleAndInFlight(url);
        var deleted = await AwsJson("sqs", "delete-message-batch", "--queue-url", url, "--entries",
            JsonSerializer.Serialize(new[] { new { Id = "done", ReceiptHandle = handles[1] } }));

        afterChange.Should().Be((1, 1));
        deleted.GetProperty("Successful").EnumerateArray().Select(e => e.GetProperty("Id").GetString()).Should().Equal("done");
        (await VisibleAndInFlight(url)).Should().Be((1, 0));
    }

    [Fact]
    public async Task List_dead_letter_source_queues_finds_the_queues_that_redrive_to_it()
    {
        var dlq = State.CreateQueue("orders-dlq");
        var source = State.CreateQueue("orders", new Dictionary<string, string>
        {
            ["RedrivePolicy"] = """{"deadLetterTargetArn":"arn:aws:sqs:us-east-1:000000000000:orders-dlq","maxReceiveCount":"5"}""",
        });

        var printed = await AwsJson("sqs", "list-dead-letter-source-queues", "--queue-url", dlq);

        printed.GetProperty("queueUrls").EnumerateArray().Select(u => u.GetString()).Should().Equal(source);
    }
}
