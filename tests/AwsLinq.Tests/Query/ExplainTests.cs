using AwsLinq.Tests.Infrastructure;

namespace AwsLinq.Tests.Query;

/// <summary>Explain() states what a query will send and do, and sends nothing.</summary>
public sealed class ExplainTests(LocalS3Fixture s3) : IClassFixture<LocalS3Fixture>
{
    [Fact]
    public void Explain_shows_the_request_the_in_memory_predicate_and_the_stop_without_sending()
    {
        var bucket = s3.Bucket("photos/a");

        var plan = s3.Client.Objects(bucket).Where(o => o.Key.StartsWith("photos/") && o.Size > 1_000_000).Take(10).Explain();

        plan.ToString().Should().Be(
            $"""
            S3 ListObjectsV2 of bucket '{bucket}'
              request: ListObjectsV2 Bucket={bucket}, Prefix=photos/
              in memory: where o => o.Size > 1000000; take 10
              stops: after 10 matching items, or after the last page
              follow-up calls: none
            """.ReplaceLineEndings());
        s3.Server.Requests.For("s3", bucket: bucket).Should().BeEmpty();
    }

    [Fact]
    public void Explain_shows_shrunk_pages_merged_listings_and_bounds()
    {
        var plan = s3.Client.Objects("b")
            .Where(o => (o.Key.StartsWith("logs/") || o.Key.StartsWith("docs/")) && o.Key.CompareTo("logs/2024") < 0)
            .Take(5)
            .Explain();

        plan.Requests.Select(r => r.ToString()).Should().Equal(
            "ListObjectsV2 Bucket=b, Prefix=docs/, MaxKeys=5",
            "ListObjectsV2 Bucket=b, Prefix=logs/, MaxKeys=5");
        plan.InMemory.Should().Equal("take 5");
        plan.Stop.Should().Be("after 5 items, or at the first item where o => Utf8Comparer.Instance.Compare(o.Key, \"logs/2024\") >= 0, or after the last page");
    }

    [Fact]
    public void Explain_of_a_scalar_operator_and_of_a_query_that_matches_nothing()
    {
        var count = s3.Client.Objects("b").Explain(q => q.Count(o => o.Key == "x"));
        var none = s3.Client.Objects("b").Where(o => o.Key.StartsWith("a") && o.Key.StartsWith("b")).Explain();

        count.Requests.Should().ContainSingle().Which.ToString().Should().Be("ListObjectsV2 Bucket=b, Prefix=x, MaxKeys=1");
        count.InMemory.Should().Equal("where o => o.Key == \"x\"", "count()");
        count.Stop.Should().Be("after 1 listed item, or after the last page");
        none.Requests.Should().BeEmpty();
        none.ToString().Should().Contain("requests: none (the predicates cannot match any item)");
    }

    [Fact]
    public void Explain_of_a_key_range_matches_the_documented_plan()
    {
        var plan = s3.Client.Objects("logs").Where(o => o.Key.CompareTo("2024-03") >= 0 && o.Key.CompareTo("2024-07") < 0).Explain();

        plan.ToString().Should().Be(
            """
            S3 ListObjectsV2 of bucket 'logs'
              request: ListObjectsV2 Bucket=logs, StartAfter=2024-0
              in memory: where o => o.Key.CompareTo("2024-03") >= 0
              stops: at the first item where o => Utf8Comparer.Instance.Compare(o.Key, "2024-07") >= 0, or after the last page
              follow-up calls: none
            """.ReplaceLineEndings());
    }
}
