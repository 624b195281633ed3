using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Amazon.SQS.Model;

namespace AwsLinq.Tests.LocalAws.Sqs;

public class LocalSqsRequestLogTests : LocalSqsTestBase
{
    [Fact]
    public async Task Every_call_is_logged_under_sqs_with_its_operation_and_parameters_by_AWS_name()
    {
        var url = (await Client.CreateQueueAsync("logged")).QueueUrl;
        await Client.ListQueuesAsync(new ListQueuesRequest { QueueNamePrefix = "log", MaxResults = 5 });
        await Client.GetQueueAttributesAsync(url, ["ApproximateNumberOfMessages", "QueueArn"]);
        await Client.GetQueueUrlAsync("logged");

        Server.Requests.For("sqs").Select(r => (r.Service, r.Operation, r.Bucket, r.StatusCode)).Should().Equal(
            ("sqs", "CreateQueue", null, 200),
            ("sqs", "ListQueues", null, 200),
            ("sqs", "GetQueueAttributes", null, 200),
            ("sqs", "GetQueueUrl", null, 200));
        Logged("CreateQueue").Single().Parameters.Should().Equal(new Dictionary<string, string> { ["QueueName"] = "logged" });
        Logged("ListQueues").Single().Parameters.Should().Equal(new Dictionary<string, string>
        {
            ["QueueNamePrefix"] = "log",
            ["MaxResults"] = "5",
        });
        Logged("GetQueueAttributes").Single().Parameters.Should().Equal(new Dictionary<string, string>
        {
            ["QueueUrl"] = url,
            ["AttributeNames"] = "ApproximateNumberOfMessages,QueueArn",
        });
        Logged("GetQueueUrl").Single().Parameter("QueueName").Should().Be("logged");
    }

    [Fact]
    public async Task A_failed_call_is_logged_with_its_status()
    {
        var act = () => Client.GetQueueUrlAsync("missing");

        await act.Should().ThrowAsync<QueueDoesNotExistException>();
        Logged("GetQueueUrl").Single().Should().BeEquivalentTo(new { StatusCode = 400, Bucket = (string?)null });
    }

    [Fact]
    public async Task Errors_travel_as_SQS_sends_them_over_JSON_1_0()
    {
        using var http = new HttpClient { BaseAddress = Server.ServiceUrl };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/")
        {
            Content = new StringContent("""{"QueueUrl":"http://127.0.0.1:1/000000000000/none"}""", Encoding.UTF8),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/x-amz-json-1.0");
        request.Headers.Add("X-Amz-Target", "AmazonSQS.GetQueueAttributes");

        using var response = await http.SendAsync(request);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        ((int)response.StatusCode).Should().Be(400);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/x-amz-json-1.0");
        response.Headers.GetValues("x-amzn-query-error").Single().Should().Be("AWS.SimpleQueueService.NonExistentQueue;Sender");
        response.Headers.GetValues("x-amzn-RequestId").Single().Should().MatchRegex("^[0-9a-f-]{36}$");
        body.RootElement.GetProperty("__type").GetString().Should().Be("com.amazonaws.sqs#QueueDoesNotExist");
        body.RootElement.GetProperty("message").GetString().Should().Be("The specified queue does not exist.");
    }

    [Fact]
    public async Task A_body_that_is_not_JSON_is_a_SerializationException()
    {
        using var http = new HttpClient { BaseAddress = Server.ServiceUrl };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/") { Content = new StringContent("{not json") };
        request.Headers.Add("X-Amz-Target", "AmazonSQS.ListQueues");

        using var response = await http.SendAsync(request);

        ((int)response.StatusCode).Should().Be(400);
        (await response.Content.ReadAsStringAsync()).Should().Contain("com.amazon.coral.service#SerializationException");
        Logged("ListQueues").Single().StatusCode.Should().Be(400);
    }
}
