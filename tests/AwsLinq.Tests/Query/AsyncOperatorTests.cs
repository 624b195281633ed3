using System.Linq;
using AwsLinq.Tests.Infrastructure;

namespace AwsLinq.Tests.Query;

/// <summary>
/// The async operators, used with .NET 10's own System.Linq.AsyncEnumerable in scope: that this file
/// compiles proves the calls are not ambiguous, on the root query and after Where.
/// </summary>
public sealed class AsyncOperatorTests(LocalS3Fixture s3) : IClassFixture<LocalS3Fixture>
{
    [Fact]
    public async Task Terminal_operators_resolve_to_AwsLinq_on_the_root_and_after_Where()
    {
        var bucket = s3.Bucket("a/1", "a/2", "b/1");
        var objects = s3.Client.Objects(bucket);

        (await objects.ToListAsync()).Should().HaveCount(3);
        (await objects.Where(o => o.Key.StartsWith("a/")).ToListAsync()).Should().HaveCount(2);
        (await objects.ToArrayAsync()).Should().HaveCount(3);
        (await objects.Where(o => o.Key.StartsWith("a/")).ToArrayAsync()).Should().HaveCount(2);
        (await objects.CountAsync()).Should().Be(3);
        (await objects.Where(o => o.Key.StartsWith("b/")).LongCountAsync()).Should().Be(1);
        (await objects.AnyAsync()).Should().BeTrue();
        (await objects.Where(o => o.Key.StartsWith("c/")).AnyAsync()).Should().BeFalse();
        (await objects.FirstAsync()).Key.Should().Be("a/1");
        (await objects.Where(o => o.Key.StartsWith("b/")).FirstAsync()).Key.Should().Be("b/1");
        (await objects.FirstOrDefaultAsync(o => o.Key == "z")).Should().BeNull();
        (await objects.Where(o => o.Key.StartsWith("b/")).SingleAsync()).Key.Should().Be("b/1");
        (await objects.SingleOrDefaultAsync(o => o.Key == "z")).Should().BeNull();
        (await objects.AllAsync(o => o.Key.Contains('/'))).Should().BeTrue();
    }

    [Fact]
    public async Task Await_foreach_runs_directly_over_the_query()
    {
        var bucket = s3.Bucket("a/1", "a/2", "b/1");
        var keys = new List<string>();

        await foreach (var o in s3.Client.Objects(bucket))
        {
            keys.Add(o.Key);
        }

        await foreach (var o in s3.Client.Objects(bucket).Where(o => o.Key.StartsWith("b/")))
        {
            keys.Add(o.Key);
        }

        keys.Should().Equal("a/1", "a/2", "b/1", "b/1");
    }

    [Fact]
    public async Task AsAsyncEnumerable_hands_over_to_in_memory_async_LINQ()
    {
        var bucket = s3.Bucket("a/1", "a/2", "a/3");

        var lastTwo = await s3.Client.Objects(bucket).Where(o => o.Key.StartsWith("a/")).AsAsyncEnumerable().TakeLast(2).Select(o => o.Key).ToListAsync();

        lastTwo.Should().Equal("a/2", "a/3");
        s3.Listings(bucket).Should().ContainSingle().Which.Parameter("Prefix").Should().Be("a/");
    }

    [Fact]
    public void Synchronous_operators_work_too()
    {
        var bucket = s3.Bucket("a/1", "a/2", "b/1");
        var objects = s3.Client.Objects(bucket);

        objects.Count().Should().Be(3);
        objects.Where(o => o.Key.StartsWith("a/")).Select(o => o.Key).ToList().Should().Equal("a/1", "a/2");
        objects.First(o => o.Key.StartsWith("b/")).Key.Should().Be("b/1");
        foreach (var o in objects.Take(1))
        {
            o.Key.Should().Be("a/1");
        }
    }
}
