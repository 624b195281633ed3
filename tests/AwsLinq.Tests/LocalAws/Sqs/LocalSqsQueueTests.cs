using Amazon.SQS;
using Amazon.SQS.Model;
using AwsLinq.LocalAws;

namespace AwsLinq.Tests.LocalAws.Sqs;

public class LocalSqsQueueTests : LocalSqsTestBase
{
    [Fact]
    public async Task CreateQueue_returns_a_url_on_this_server_and_the_account()
    {
        var response = await Client.CreateQueueAsync("orders");

        response.QueueUrl.Should().Be($"http://127.0.0.1:{Server.ServiceUrl.Port}/000000000000/orders");
        State.QueueUrls().Should().Equal(response.QueueUrl);
        (await Client.GetQueueUrlAsync("orders")).QueueUrl.Should().Be(response.QueueUrl);
    }

    [Fact]
    public async Task ListQueues_with_a_prefix_returns_the_matching_urls_in_name_order()
    {
        State.SeedQueues(["logs-b", "data-1", "logs-a", "logs"]);

        var response = await Client.ListQueuesAsync(new ListQueuesRequest { QueueNamePrefix = "logs-" });

        response.QueueUrls.Should().Equal(UrlOf("logs-a"), UrlOf("logs-b"));
        response.NextToken.Should().BeNull();
    }

    [Fact]
    public async Task ListQueues_without_queues_returns_no_urls()
    {
        var response = await Client.ListQueuesAsync(new ListQueuesRequest());

        (response.QueueUrls ?? []).Should().BeEmpty();
    }

    [Fact]
    public async Task CreateQueue_again_with_the_same_attributes_returns_the_same_url_and_with_others_fails()
    {
        var first = await Client.CreateQueueAsync(new CreateQueueRequest
        {
            QueueName = "jobs",
            Attributes = new() { ["VisibilityTimeout"] = "60" },
        });

        var again = await Client.CreateQueueAsync(new CreateQueueRequest
        {
            QueueName = "jobs",
            Attributes = new() { ["VisibilityTimeout"] = "60" },
        });
        var conflicting = () => Client.CreateQueueAsync(new CreateQueueRequest
        {
            QueueName = "jobs",
            Attributes = new() { ["VisibilityTimeout"] = "90" },
        });

        again.QueueUrl.Should().Be(first.QueueUrl);
        var error = (await conflicting.Should().ThrowAsync<QueueNameExistsException>()).Which;
        error.ErrorCode.Should().Be("QueueAlreadyExists");
        error.Message.Should().Be("A queue already exists with the same name and a different value for attribute VisibilityTimeout");
    }

    [Fact]
    public async Task A_fifo_queue_needs_both_the_suffix_and_FifoQueue_true()
    {
        var fifo = await Client.CreateQueueAsync(new CreateQueueRequest
        {
            QueueName = "events.fifo",
            Attributes = new() { ["FifoQueue"] = "true" },
        });
        var suffixOnly = () => Client.CreateQueueAsync("other.fifo");
        var attributeOnly = () => Client.CreateQueueAsync(new CreateQueueRequest
        {
            QueueName = "plain",
            Attributes = new() { ["FifoQueue"] = "true" },
        });

        fifo.QueueUrl.Should().EndWith("/000000000000/events.fifo");
        (await suffixOnly.Should().ThrowAsync<AmazonSQSException>()).Which.Should().BeEquivalentTo(new
        {
            ErrorCode = "InvalidParameterValue",
            Message = "Can only include alphanumeric characters, hyphens, or underscores. 1 to 80 in length",
        });
        (await attributeOnly.Should().ThrowAsync<AmazonSQSException>()).Which.Message.Should().Be(
            "The name of a FIFO queue can only include alphanumeric characters, hyphens, or underscores, must end with .fifo suffix and be 1 to 80 in length.");
    }

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("dotted.name")]
    public async Task CreateQueue_rejects_invalid_names(string name)
    {
        var act = () => Client.CreateQueueAsync(name);

        (await act.Should().ThrowAsync<AmazonSQSException>()).Which.ErrorCode.Should().Be("InvalidParameterValue");
    }

    [Fact]
    public async Task DeleteQueue_makes_later_calls_fail_with_QueueDoesNotExist()
    {
        var url = State.CreateQueue("doomed");

        await Client.DeleteQueueAsync(url);
        var attributes = () => Client.GetQueueAttributesAsync(url, ["All"]);
        var lookup = () => Client.GetQueueUrlAsync("doomed");

        var error = (await attributes.Should().ThrowAsync<QueueDoesNotExistException>()).Which;
        error.ErrorCode.Should().Be("AWS.SimpleQueueService.NonExistentQueue");
        error.ErrorType.Should().Be(Amazon.Runtime.ErrorType.Sender);
        error.StatusCode.Should().Be(System.Net.HttpStatusCode.BadRequest);
        error.Message.Should().Be("The specified queue does not exist.");
        error.RequestId.Should().MatchRegex("^[0-9a-f-]{36}$");
        await lookup.Should().ThrowAsync<QueueDoesNotExistException>();
        State.QueueUrls().Should().BeEmpty();
    }

    [Fact]
    public async Task A_queue_deleted_through_the_state_is_gone_for_the_client()
    {
        var url = State.CreateQueue("vanishing");

        State.DeleteQueue("vanishing");
        var act = () => Client.GetQueueAttributesAsync(url, ["ApproximateNumberOfMessages"]);

        await act.Should().ThrowAsync<QueueDoesNotExistException>();
    }

    [Theory]
    [InlineData("http://127.0.0.1:1/000000000000/{0}")]
    [InlineData("http://10.1.2.3:{1}/000000000000/{0}")]
    [InlineData("https://sqs.us-east-1.amazonaws.com/000000000000/{0}")]
    [InlineData("http://127.0.0.1:{1}/123456789012/{0}")]
    public async Task A_url_for_another_host_port_or_account_names_no_queue_here(string format)
    {
        State.CreateQueue("present");
        var url = string.Format(System.Globalization.CultureInfo.InvariantCulture, format, "present", Server.ServiceUrl.Port);

        var act = () => Client.GetQueueAttributesAsync(url, ["All"]);

        await act.Should().ThrowAsync<QueueDoesNotExistException>();
        Logged("GetQueueAttributes").Single().Parameter("QueueUrl").Should().Be(url);
    }

    [Fact]
    public async Task A_url_with_localhost_for_this_server_finds_the_queue()
    {
        State.CreateQueue("local");
        var url = $"http://localhost:{Server.ServiceUrl.Port}/000000000000/local";

        var response = await Client.GetQueueAttributesAsync(url, ["QueueArn"]);

        response.QueueARN.Should().Be("arn:aws:sqs:us-east-1:000000000000:local");
    }

    [Fact]
    public async Task Operations_the_endpoint_does_not_emulate_fail_with_UnsupportedOperation()
    {
        var url = State.CreateQueue("shared");

        var act = () => Client.AddPermissionAsync(new AddPermissionRequest { QueueUrl = url, Label = "l", AWSAccountIds = ["111122223333"], Actions = ["SendMessage"] });

        var error = (await act.Should().ThrowAsync<AmazonSQSException>()).Which;
        error.ErrorCode.Should().Be("AWS.SimpleQueueService.UnsupportedOperation");
        error.Message.Should().Be("The local AWS endpoint does not emulate the SQS operation AddPermission.");
        Logged("AddPermission").Single().StatusCode.Should().Be(400);
    }
}
