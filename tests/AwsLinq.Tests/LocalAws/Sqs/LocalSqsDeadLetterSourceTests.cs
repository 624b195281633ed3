using Amazon.SQS;
using Amazon.SQS.Model;

namespace AwsLinq.Tests.LocalAws.Sqs;

public class LocalSqsDeadLetterSourceTests : LocalSqsTestBase
{
    private string CreateSource(string name, string deadLetterQueue) =>
        State.CreateQueue(name, new Dictionary<string, string>
        {
            ["RedrivePolicy"] = $$"""{"deadLetterTargetArn":"arn:aws:sqs:us-east-1:000000000000:{{deadLetterQueue}}","maxReceiveCount":"3"}""",
        });

    [Fact]
    public async Task The_sources_of_a_dead_letter_queue_are_the_queues_whose_redrive_policy_names_it_in_name_order()
    {
        var dlq = State.CreateQueue("orders-dlq");
        State.CreateQueue("other-dlq");
        var sources = new[] { "orders-b", "orders-a", "orders-c" }.Select(n => CreateSource(n, "orders-dlq")).Order(StringComparer.Ordinal).ToList();
        CreateSource("billing", "other-dlq");
        State.CreateQueue("plain");

        var response = await Client.ListDeadLetterSourceQueuesAsync(new ListDeadLetterSourceQueuesRequest { QueueUrl = dlq });

        response.QueueUrls.Should().Equal(sources);
        response.NextToken.Should().BeNull();
    }

    [Fact]
    public async Task A_queue_no_queue_names_has_no_sources()
    {
        var dlq = State.CreateQueue("lonely-dlq");

        var response = await Client.ListDeadLetterSourceQueuesAsync(new ListDeadLetterSourceQueuesRequest { QueueUrl = dlq });

        (response.QueueUrls ?? []).Should().BeEmpty();
    }

    [Fact]
    public async Task MaxResults_pages_with_tokens_until_the_last_source()
    {
        var dlq = State.CreateQueue("dlq");
        var sources = Enumerable.Range(0, 5).Select(i => CreateSource($"source-{i}", "dlq")).ToList();

        var urls = new List<string>();
        var request = new ListDeadLetterSourceQueuesRequest { QueueUrl = dlq, MaxResults = 2 };
        do
        {
            var page = await Client.ListDeadLetterSourceQueuesAsync(request);
            urls.AddRange(page.QueueUrls);
            request.NextToken = page.NextToken;
        }
        while (request.NextToken is not null);

        urls.Should().Equal(sources);
        Logged("ListDeadLetterSourceQueues").Select(r => r.Parameter("NextToken") is null).Should().Equal(true, false, false);
        Logged("ListDeadLetterSourceQueues").Should().AllSatisfy(r => r.Parameter("MaxResults").Should().Be("2"));
    }

    [Fact]
    public async Task A_redrive_policy_removed_takes_the_queue_out_of_the_sources()
    {
        var dlq = State.CreateQueue("dlq");
        var source = CreateSource("source", "dlq");

        await Client.SetQueueAttributesAsync(source, new Dictionary<string, string> { ["RedrivePolicy"] = string.Empty });
        var response = await Client.ListDeadLetterSourceQueuesAsync(new ListDeadLetterSourceQueuesRequest { QueueUrl = dlq });

        (response.QueueUrls ?? []).Should().BeEmpty();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1001)]
    public async Task MaxResults_outside_1_to_1000_is_refused(int maxResults)
    {
        var dlq = State.CreateQueue("dlq");

        var act = () => Client.ListDeadLetterSourceQueuesAsync(new ListDeadLetterSourceQueuesRequest { QueueUrl = dlq, MaxResults = maxResults });

        var error = (await act.Should().ThrowAsync<AmazonSQSException>()).Which;
        error.ErrorCode.Should().Be("InvalidParameterValue");
        error.Message.Should().Be("Value for parameter MaxResults is invalid. Reason: MaxResults must be an integer between 1 and 1000.");
    }

    [Fact]
    public async Task A_token_needs_MaxResults_and_the_queue_it_was_issued_for()
    {
        var first = State.CreateQueue("first-dlq");
        var second = State.CreateQueue("second-dlq");
        Enumerable.Range(0, 3).ToList().ForEach(i => CreateSource($"source-{i}", "first-dlq"));
        var token = (await Client.ListDeadLetterSourceQueuesAsync(new ListDeadLetterSourceQueuesRequest { QueueUrl = first, MaxResults = 1 })).NextToken;

        var withoutMax = () => Client.ListDeadLetterSourceQueuesAsync(new ListDeadLetterSourceQueuesRequest { QueueUrl = first, NextToken = token });
        var otherQueue = () => Client.ListDeadLetterSourceQueuesAsync(new ListDeadLetterSourceQueuesRequest { QueueUrl = second, NextToken = token, MaxResults = 1 });
        var notOurs = () => Client.ListDeadLetterSourceQueuesAsync(new ListDeadLetterSourceQueuesRequest { QueueUrl = first, NextToken = "garbage", MaxResults = 1 });

        (await withoutMax.Should().ThrowAsync<AmazonSQSException>()).Which.Message
            .Should().Be("MaxResults is a mandatory parameter when you provide a value for NextToken.");
        (await otherQueue.Should().ThrowAsync<AmazonSQSException>()).Which.Message
            .Should().Be("Invalid NextToken value. If you are passing in NextToken, you must not change the other request parameters.");
        (await notOurs.Should().ThrowAsync<AmazonSQSException>()).Which.Message.Should().Be("Invalid NextToken value.");
    }

    [Fact]
    public async Task The_dead_letter_queue_must_exist()
    {
        var act = () => Client.ListDeadLetterSourceQueuesAsync(new ListDeadLetterSourceQueuesRequest { QueueUrl = UrlOf("missing") });

        await act.Should().ThrowAsync<QueueDoesNotExistException>();
    }
}
