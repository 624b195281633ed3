using Amazon.SQS;
using Amazon.SQS.Model;

namespace AwsLinq.Tests.LocalAws.Sqs;

public class LocalSqsListQueuesTests : LocalSqsTestBase
{
    private static string[] Names(string prefix, int count) =>
        Enumerable.Range(0, count).Select(i => $"{prefix}{i:D5}").ToArray();

    [Fact]
    public async Task MaxResults_and_NextToken_page_through_2500_queues_returning_each_exactly_once()
    {
        var urls = State.SeedQueues(Names("q-", 2500));
        var seen = new List<string>();
        var request = new ListQueuesRequest { MaxResults = 1000 };
        var pages = 0;
        do
        {
            var response = await Client.ListQueuesAsync(request);
            pages++;
            seen.AddRange(response.QueueUrls);
            request.NextToken = response.NextToken;
        }
        while (request.NextToken is not null);

        pages.Should().Be(3);
        seen.Should().HaveCount(2500).And.OnlyHaveUniqueItems().And.BeEquivalentTo(urls);
        var logged = Logged("ListQueues");
        logged.Select(r => r.Parameter("MaxResults")).Should().Equal("1000", "1000", "1000");
        logged[0].Parameter("NextToken").Should().BeNull();
        logged[1].Parameter("NextToken").Should().NotBeNull();
    }

    [Fact]
    public async Task Without_MaxResults_at_most_1000_queues_come_back_and_no_NextToken()
    {
        State.SeedQueues(Names("q-", 2500));

        var response = await Client.ListQueuesAsync(new ListQueuesRequest());

        response.QueueUrls.Should().HaveCount(1000).And.OnlyHaveUniqueItems();
        response.QueueUrls[0].Should().Be(UrlOf("q-00000"));
        response.NextToken.Should().BeNull();
        Logged("ListQueues").Single().Parameters.Should().BeEmpty();
    }

    [Fact]
    public async Task The_last_page_carries_no_NextToken()
    {
        State.SeedQueues(Names("q-", 5));

        var first = await Client.ListQueuesAsync(new ListQueuesRequest { MaxResults = 3 });
        var last = await Client.ListQueuesAsync(new ListQueuesRequest { MaxResults = 3, NextToken = first.NextToken });

        first.QueueUrls.Should().Equal(UrlOf("q-00000"), UrlOf("q-00001"), UrlOf("q-00002"));
        last.QueueUrls.Should().Equal(UrlOf("q-00003"), UrlOf("q-00004"));
        last.NextToken.Should().BeNull();
    }

    [Fact]
    public async Task Paging_with_a_prefix_stays_within_the_prefix()
    {
        State.SeedQueues([.. Names("a-", 3), .. Names("b-", 5), .. Names("c-", 3)]);
        var seen = new List<string>();
        var request = new ListQueuesRequest { QueueNamePrefix = "b-", MaxResults = 2 };
        do
        {
            var response = await Client.ListQueuesAsync(request);
            seen.AddRange(response.QueueUrls);
            request.NextToken = response.NextToken;
        }
        while (request.NextToken is not null);

        seen.Should().Equal(Names("b-", 5).Select(UrlOf));
        Logged("ListQueues").Should().OnlyContain(r => r.Parameter("QueueNamePrefix") == "b-");
    }

    [Fact]
    public async Task A_queue_deleted_between_pages_neither_repeats_nor_shifts_the_others()
    {
        State.SeedQueues(Names("q-", 6));

        var first = await Client.ListQueuesAsync(new ListQueuesRequest { MaxResults = 3 });
        State.DeleteQueue("q-00001");
        State.DeleteQueue("q-00003");
        var second = await Client.ListQueuesAsync(new ListQueuesRequest { MaxResults = 3, NextToken = first.NextToken });

        second.QueueUrls.Should().Equal(UrlOf("q-00004"), UrlOf("q-00005"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1001)]
    [InlineData(-1)]
    public async Task MaxResults_outside_1_to_1000_fails_with_InvalidParameterValue(int maxResults)
    {
        var act = () => Client.ListQueuesAsync(new ListQueuesRequest { MaxResults = maxResults });

        var error = (await act.Should().ThrowAsync<AmazonSQSException>()).Which;
        error.ErrorCode.Should().Be("InvalidParameterValue");
        error.Message.Should().Be("Value for parameter MaxResults is invalid. Reason: MaxResults must be an integer between 1 and 1000.");
        Logged("ListQueues").Single().Should().BeEquivalentTo(new
        {
            StatusCode = 400,
            Parameters = new Dictionary<string, string> { ["MaxResults"] = maxResults.ToString(System.Globalization.CultureInfo.InvariantCulture) },
        });
    }

    [Fact]
    public async Task NextToken_without_MaxResults_fails()
    {
        State.SeedQueues(Names("q-", 3));
        var first = await Client.ListQueuesAsync(new ListQueuesRequest { MaxResults = 1 });

        var act = () => Client.ListQueuesAsync(new ListQueuesRequest { NextToken = first.NextToken });

        (await act.Should().ThrowAsync<AmazonSQSException>()).Which.Message
            .Should().Be("MaxResults is a mandatory parameter when you provide a value for NextToken.");
    }

    [Theory]
    [InlineData("not a token")]
    [InlineData("bm90IGpzb24=")]
    public async Task A_NextToken_this_server_did_not_issue_fails(string token)
    {
        var act = () => Client.ListQueuesAsync(new ListQueuesRequest { MaxResults = 5, NextToken = token });

        (await act.Should().ThrowAsync<AmazonSQSException>()).Which.Should().BeEquivalentTo(new
        {
            ErrorCode = "InvalidParameterValue",
            Message = "Invalid NextToken value.",
        });
    }

    [Fact]
    public async Task A_NextToken_used_with_another_prefix_fails()
    {
        State.SeedQueues(Names("q-", 3));
        var first = await Client.ListQueuesAsync(new ListQueuesRequest { MaxResults = 1, QueueNamePrefix = "q-" });

        var act = () => Client.ListQueuesAsync(new ListQueuesRequest { MaxResults = 1, QueueNamePrefix = "r-", NextToken = first.NextToken });

        (await act.Should().ThrowAsync<AmazonSQSException>()).Which.Message.Should().Be(
            "Invalid NextToken value. If you are passing in NextToken, you must not change the other request parameters.");
    }
}
