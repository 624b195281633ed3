using System.Text.Json.Nodes;
using AwsLinq.LocalAws;
using AwsLinq.Tests.Infrastructure;
using AwsLinq.Tests.LocalAws.Sqs;

namespace AwsLinq.Tests.LocalAws.RealClients;

/// <summary>
/// SQS through a JSON-protocol client that is not AwsLinq's: the AWS SDK for JavaScript v3's <c>@aws-sdk/client-sqs</c>,
/// one Node process for the class. The server's clock moves only when a test advances it, so a long poll ends only
/// because a message arrived or the test moved time past it.
/// </summary>
public class JavaScriptSdkSqsTests(JavaScriptSdk sdk) : LocalSqsFakeClockTestBase, IClassFixture<JavaScriptSdk>
{
    [Fact]
    public async Task Create_send_batch_receive_and_delete_batch_work_over_the_json_protocol()
    {
        var url = (await SqsAsync("CreateQueue", new { QueueName = "js-jobs" })).Succeeded()["QueueUrl"]!.GetValue<string>();
        var sent = (await SqsAsync("SendMessageBatch", new
        {
            QueueUrl = url,
            Entries = new[] { new { Id = "a", MessageBody = "first" }, new { Id = "b", MessageBody = "second" }, new { Id = "c", MessageBody = "third" } },
        })).Succeeded();
        var received = (await SqsAsync("ReceiveMessage", new { QueueUrl = url, MaxNumberOfMessages = 10 })).Succeeded();
        var messages = received["Messages"]!.AsArray();
        var deleted = (await SqsAsync("DeleteMessageBatch", new
        {
            QueueUrl = url,
            Entries = messages.Select((m, i) => new { Id = $"d{i}", ReceiptHandle = m!["ReceiptHandle"]!.GetValue<string>() }).ToArray(),
        })).Succeeded();
        var logged = Server.Requests.For("sqs");

        url.Should().Be(UrlOf("js-jobs"));
        Ids(sent["Successful"]).Should().Equal("a", "b", "c");
        sent["Failed"]!.AsArray().Should().BeEmpty();
        messages.Select(m => m!["Body"]!.GetValue<string>()).Should().Equal("first", "second", "third");
        Ids(deleted["Successful"]).Should().Equal("d0", "d1", "d2");
        logged.Select(r => (r.Operation, r.Protocol)).Should().Equal(
            ("CreateQueue", "json"), ("SendMessageBatch", "json"), ("ReceiveMessage", "json"), ("DeleteMessageBatch", "json"));
        (await VisibleAndInFlight(url)).Should().Be((0, 0));
        Logged("SendMessageBatch").Single().Parameter("QueueUrl").Should().Be(url);
    }

    [Fact]
    public async Task A_receive_with_WaitTimeSeconds_2_waits_and_answers_as_soon_as_a_message_arrives()
    {
        var url = State.CreateQueue("js-polled");

        var receive = SqsAsync("ReceiveMessage", new { QueueUrl = url, WaitTimeSeconds = 2 });
        await Eventually.Holds(() => State.WaitingReceives("js-polled") == 1 || receive.IsCompleted);
        var answeredBeforeTheMessage = receive.IsCompleted;
        (await SqsAsync("SendMessage", new { QueueUrl = url, MessageBody = "arrived" })).Succeeded();
        var received = (await receive).Succeeded();

        answeredBeforeTheMessage.Should().BeFalse("the receive should wait for a message");
        received["Messages"]!.AsArray().Select(m => m!["Body"]!.GetValue<string>()).Should().Equal("arrived");
        Clock.GetUtcNow().Should().Be(new DateTimeOffset(2025, 3, 1, 12, 0, 0, TimeSpan.Zero), "the answer came before any time passed");
        Logged("ReceiveMessage").Single().Parameter("WaitTimeSeconds").Should().Be("2");
        Server.Requests.For("sqs").Select(r => r.Protocol).Should().AllBe("json");
    }

    [Fact]
    public async Task A_receive_with_WaitTimeSeconds_2_on_an_empty_queue_answers_empty_when_the_two_seconds_are_over()
    {
        var url = State.CreateQueue("js-idle");

        var receive = SqsAsync("ReceiveMessage", new { QueueUrl = url, WaitTimeSeconds = 2 });
        await Eventually.Holds(() => State.WaitingReceives("js-idle") == 1 || receive.IsCompleted);
        Clock.Advance(TimeSpan.FromSeconds(1));
        var waitingAfterOneSecond = State.WaitingReceives("js-idle");
        Clock.Advance(TimeSpan.FromSeconds(1));
        var received = (await receive).Succeeded();

        waitingAfterOneSecond.Should().Be(1);
        received["Messages"].Should().BeNull("an empty receive has no Messages member");
        Logged("ReceiveMessage").Single().Protocol.Should().Be("json");
    }

    [Fact]
    public async Task ListQueues_pages_with_MaxResults_and_NextToken()
    {
        var urls = State.SeedQueues(["js-e", "js-a", "js-d", "js-b", "js-c", "other"]);

        var listed = new List<string>();
        string? token = null;
        do
        {
            var page = (await SqsAsync("ListQueues", new { QueueNamePrefix = "js-", MaxResults = 2, NextToken = token })).Succeeded();
            listed.AddRange(page["QueueUrls"]!.AsArray().Select(u => u!.GetValue<string>()));
            token = page["NextToken"]?.GetValue<string>();
        }
        while (token is not null);

        listed.Should().Equal(urls.Where(u => u.Contains("/js-", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        var pages = Logged("ListQueues");
        pages.Select(r => r.Parameter("NextToken") is null).Should().Equal(true, false, false);
        pages.Select(r => (r.Protocol, r.Parameter("MaxResults"), r.Parameter("QueueNamePrefix"))).Distinct().Should().Equal(("json", "2", "js-"));
    }

    [Fact]
    public async Task Errors_reach_the_JavaScript_SDK_as_its_own_exceptions_with_the_query_compatible_code()
    {
        var url = State.CreateQueue("js-errors");

        var missing = (await SqsAsync("GetQueueUrl", new { QueueName = "no-such-queue" })).Error;
        var repeated = (await SqsAsync("SendMessageBatch", new
        {
            QueueUrl = url,
            Entries = new[] { new { Id = "a", MessageBody = "1" }, new { Id = "a", MessageBody = "2" } },
        })).Error;

        missing.Should().Be(new JavaScriptError("QueueDoesNotExist", "AWS.SimpleQueueService.NonExistentQueue", 400, "The specified queue does not exist."));
        repeated.Should().Be(new JavaScriptError("BatchEntryIdsNotDistinct", "AWS.SimpleQueueService.BatchEntryIdsNotDistinct", 400, "Id a repeated."));
        Server.Requests.For("sqs").Select(r => (r.Operation, r.StatusCode, r.Protocol)).Should()
            .Equal(("GetQueueUrl", 400, "json"), ("SendMessageBatch", 400, "json"));
    }

    private Task<JavaScriptResult> SqsAsync(string command, object input) =>
        sdk.SendAsync("sqs", Server.ServiceUrl, Server.Region, command, input);

    private static List<string> Ids(JsonNode? entries) => entries!.AsArray().Select(e => e!["Id"]!.GetValue<string>()).ToList();
}
