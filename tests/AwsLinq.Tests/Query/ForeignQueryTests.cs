using Amazon.S3.Model;
using AwsLinq.Tests.Infrastructure;

namespace AwsLinq.Tests.Query;

/// <summary>
/// What AwsLinq adds to every sequence works on every sequence: the hints return another provider's query
/// unchanged, and the async operators give LINQ's results, so code that builds queries can be tested over lists.
/// </summary>
public sealed class ForeignQueryTests(LocalS3Fixture s3) : IClassFixture<LocalS3Fixture>
{
    private static readonly List<S3Object> Objects =
    [
        new() { Key = "a/1", Size = 10 },
        new() { Key = "a/2", Size = 20 },
        new() { Key = "b/1", Size = 30 },
    ];

    [Fact]
    public void Hints_return_another_providers_query_unchanged()
    {
        var query = Objects.AsQueryable().Where(o => o.Size > 10);

        query.WithPageSize(5000).Should().BeSameAs(query);
        query.ServerSideOnly().Should().BeSameAs(query);
    }

    [Fact]
    public void A_page_size_below_one_is_refused_on_any_query()
    {
        var act = () => Objects.AsQueryable().WithPageSize(0);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("pageSize");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Async_operators_give_LINQs_results_on_another_provider_and_on_a_list(bool queryable)
    {
        IEnumerable<S3Object> source = queryable ? Objects.AsQueryable() : Objects;

        (await source.ToListAsync()).Should().Equal(Objects);
        (await source.ToArrayAsync()).Should().Equal(Objects);
        (await source.CountAsync(o => o.Key.StartsWith("a/"))).Should().Be(2);
        (await source.LongCountAsync()).Should().Be(3);
        (await source.FirstAsync(o => o.Size > 10)).Key.Should().Be("a/2");
        (await source.FirstOrDefaultAsync(o => o.Size > 100)).Should().BeNull();
        (await source.SingleAsync(o => o.Key == "b/1")).Size.Should().Be(30);
        (await source.AnyAsync(o => o.Size == 20)).Should().BeTrue();
        (await source.AllAsync(o => o.Size >= 10)).Should().BeTrue();
        (await source.AsAsyncEnumerable().Select(o => o.Key).ToListAsync()).Should().Equal("a/1", "a/2", "b/1");
        await source.Invoking(s => s.SingleAsync()).Should().ThrowAsync<InvalidOperationException>().WithMessage("Sequence contains more than one element");
    }

    [Fact]
    public async Task A_canceled_token_stops_an_operator_on_another_sequence()
    {
        using var canceled = new CancellationTokenSource();
        await canceled.CancelAsync();

        await Objects.AsQueryable().Invoking(q => q.CountAsync(canceled.Token)).Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public async Task An_AwsLinq_query_held_as_IQueryable_still_runs_through_AwsLinq()
    {
        var bucket = s3.Bucket("a/1", "a/2", "b/1");
        IQueryable<S3Object> query = s3.Client.Objects(bucket).Where(o => o.Key.StartsWith("a/"));

        (await query.CountAsync()).Should().Be(2);
        (await query.WithPageSize(1).ToListAsync()).Select(o => o.Key).Should().Equal("a/1", "a/2");

        s3.Listings(bucket).Select(r => (r.Parameter("Prefix"), r.Parameter("MaxKeys"))).Should().Equal(("a/", null), ("a/", "1"), ("a/", "1"));
    }
}
