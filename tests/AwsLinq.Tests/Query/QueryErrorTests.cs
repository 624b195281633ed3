using Amazon.S3;
using Amazon.S3.Model;
using AwsLinq.Tests.Infrastructure;

namespace AwsLinq.Tests.Query;

/// <summary>Bad input and misbehaving services, each with the exact error a user reads.</summary>
public sealed class QueryErrorTests(LocalS3Fixture s3) : IClassFixture<LocalS3Fixture>
{
    [Fact]
    public void A_null_or_empty_bucket_name_is_rejected_at_the_call()
    {
        var nullName = () => s3.Client.Objects((string)null!);
        var emptyName = () => s3.Client.Objects(" ");

        nullName.Should().Throw<ArgumentNullException>().WithParameterName("bucketName");
        emptyName.Should().Throw<ArgumentException>().WithParameterName("bucketName");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1001)]
    public void A_page_size_out_of_range_states_the_range(int pageSize)
    {
        var act = () => s3.Client.Objects("b").WithPageSize(pageSize);

        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage($"The page size {pageSize} is out of range for S3 ListObjectsV2: MaxKeys must be between 1 and 1000.*")
            .And.ParamName.Should().Be("pageSize");
    }

    [Fact]
    public void A_bucket_page_size_is_checked_against_MaxBuckets()
    {
        var act = () => s3.Client.Buckets().WithPageSize(10_001);

        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("The page size 10001 is out of range for S3 ListBuckets: MaxBuckets must be between 1 and 10000.*");
    }

    [Fact]
    public async Task An_unsupported_operator_is_named_with_the_fix()
    {
        var bucket = s3.Bucket("a");

        var act = () => s3.Client.Objects(bucket).TakeLast(3).ToListAsync();

        await act.Should().ThrowAsync<NotSupportedException>().WithMessage(
            "The LINQ operator 'TakeLast' is not supported by AwsLinq. Call AsAsyncEnumerable() before 'TakeLast' to evaluate it in memory over the listing.");
        s3.Listings(bucket).Should().BeEmpty();
    }

    [Fact]
    public async Task A_query_inside_a_predicate_is_refused()
    {
        var bucket = s3.Bucket("a");
        var other = s3.Client.Objects(bucket);

        var act = () => s3.Client.Objects(bucket).Where(o => other.Any(x => x.Key == o.Key)).ToListAsync();

        (await act.Should().ThrowAsync<NotSupportedException>()).Which.Message.Should().Contain("Materialize it first");
    }

    [Fact]
    public async Task A_missing_bucket_reaches_the_caller_as_the_SDKs_exception()
    {
        var act = () => s3.Client.Objects("no-such-bucket").ToListAsync();

        (await act.Should().ThrowAsync<AmazonS3Exception>()).Which.ErrorCode.Should().Be("NoSuchBucket");
    }

    [Fact]
    public async Task A_repeated_continuation_token_stops_paging_with_a_clear_error()
    {
        var bucket = s3.Bucket(LocalS3Fixture.Keys("k", 10));
        s3.Server.S3.Faults.RepeatContinuationToken = true;
        try
        {
            var act = () => s3.Client.Objects(bucket).WithPageSize(2).ToListAsync();

            (await act.Should().ThrowAsync<BrokenListingException>()).Which.Message.Should()
                .StartWith($"S3 ListObjectsV2 of bucket '{bucket}' at {s3.Server.ServiceUrl} returned the continuation token '")
                .And.EndWith("a second time (page 2). Paging stopped so that no page is read twice or forever. The service or a proxy in between is not paging as the API requires.");
            s3.Listings(bucket).Should().HaveCount(2);
        }
        finally
        {
            s3.Server.S3.Faults.Reset();
        }
    }

    [Fact]
    public async Task A_truncated_page_without_a_token_is_an_error_not_a_short_result()
    {
        var bucket = s3.Bucket(LocalS3Fixture.Keys("k", 10));
        s3.Server.S3.Faults.OmitContinuationToken = true;
        try
        {
            var act = () => s3.Client.Objects(bucket).WithPageSize(4).CountAsync();

            await act.Should().ThrowAsync<BrokenListingException>().WithMessage(
                $"S3 ListObjectsV2 of bucket '{bucket}' at {s3.Server.ServiceUrl} answered a truncated page (page 1) without a continuation token. " +
                "The rest of the listing cannot be read, so paging stopped rather than return an incomplete result. The service or a proxy in between is not paging as the API requires.");
        }
        finally
        {
            s3.Server.S3.Faults.Reset();
        }
    }

    [Fact]
    public async Task Strict_mode_refuses_a_predicate_that_would_run_in_memory()
    {
        var bucket = s3.Bucket("a");

        var act = () => s3.Client.Objects(bucket).ServerSideOnly().Where(o => o.Key.StartsWith("a") && o.Size > 1000).ToListAsync();

        await act.Should().ThrowAsync<InvalidOperationException>().WithMessage(
            "The LINQ expression 'o => o.Size > 1000' could not be translated into S3 ListObjectsV2 request parameters, and ServerSideOnly() forbids evaluating it in memory. " +
            "Either rewrite the query in a form the service can filter, or remove ServerSideOnly() to evaluate it in memory over the listing.");
        s3.Listings(bucket).Should().BeEmpty();
    }

    [Fact]
    public async Task Strict_mode_allows_pushed_predicates_that_are_only_rechecked()
    {
        var bucket = s3.Bucket("a", "ab");

        var items = await s3.Client.Objects(bucket).ServerSideOnly().Where(o => o.Key == "a" || o.Key.StartsWith("ab")).ToListAsync();

        items.Select(o => o.Key).Should().Equal("a", "ab");
    }

    [Fact]
    public async Task Strict_mode_refuses_an_OR_whose_branch_filters_more_than_the_key()
    {
        var bucket = s3.Bucket("a", "b");

        var act = () => s3.Client.Objects(bucket).ServerSideOnly().Where(o => (o.Key.StartsWith("a") && o.Size > 5) || o.Key.StartsWith("b")).ToListAsync();

        (await act.Should().ThrowAsync<InvalidOperationException>()).Which.Message.Should()
            .StartWith("The LINQ expression 'o => o.Key.StartsWith(\"a\") && o.Size > 5 || o.Key.StartsWith(\"b\")' could not be translated");
    }

    [Fact]
    public void Explain_on_a_foreign_IAwsQueryable_names_the_problem()
    {
        var act = () => new NotAwsLinq<S3Object>().Explain();

        act.Should().Throw<ArgumentException>().WithMessage(
            "Explain() works only on AwsLinq queries (such as s3.Objects(bucket)), but this query's provider is EnumerableQuery`1. " +
            "Call it on the AwsLinq query before converting it to another kind of sequence. (Parameter 'source')");
    }

    // A hand-made IAwsQueryable: the one way to reach AwsLinq's own operators with another provider.
    private sealed class NotAwsLinq<T> : IAwsQueryable<T>
    {
        private readonly IQueryable<T> _inner = new List<T>().AsQueryable();

        public Type ElementType => _inner.ElementType;

        public System.Linq.Expressions.Expression Expression => _inner.Expression;

        public IQueryProvider Provider => _inner.Provider;

        public IEnumerator<T> GetEnumerator() => _inner.GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

        public IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default) => _inner.ToAsyncEnumerable().GetAsyncEnumerator(cancellationToken);
    }
}
