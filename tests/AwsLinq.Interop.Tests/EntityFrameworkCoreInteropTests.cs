using System.Linq.Expressions;
using Amazon.S3;
using Amazon.S3.Model;
using AwsLinq;
using AwsLinq.LocalAws;
using Interop.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Interop.Tests;

/// <summary>
/// AwsLinq beside EF Core and System.Linq.Async 7, in one file with all three namespaces imported, as in a service
/// that lists S3 and keeps its catalogue in a database. That this file compiles proves nothing is ambiguous; each
/// test also checks which library an operator bound to, and runs it.
/// </summary>
public sealed class EntityFrameworkCoreInteropTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Written = new(2024, 5, 1, 12, 0, 0, TimeSpan.Zero);

    private LocalAwsServer _server = null!;
    private AmazonS3Client _s3 = null!;
    private Catalog _db = null!;

    public async Task InitializeAsync()
    {
        _server = await LocalAwsServer.StartAsync();
        _s3 = _server.CreateS3Client();
        _server.S3.CreateBucket("photos");
        _server.S3.SeedObjects("photos", new[] { "a/1.jpg", "a/2.jpg", "a/3.jpg", "b/1.jpg" }.Select((key, i) => new LocalS3Object(key, 10L * (i + 1), Written)));
        _db = new Catalog(new DbContextOptionsBuilder<Catalog>().UseInMemoryDatabase(Guid.NewGuid().ToString()).Options);
        _db.Files.AddRange(new FileRow { Key = "a/1.jpg", Owner = "ann" }, new FileRow { Key = "b/1.jpg", Owner = "bob" });
        await _db.SaveChangesAsync();
    }

    public async Task DisposeAsync()
    {
        await _db.DisposeAsync();
        _s3.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task An_AwsLinq_chain_binds_to_AwsLinqs_operators_and_pushes_down()
    {
        var objects = _s3.Objects("photos").Where(o => o.Key.StartsWith("a/"));

        BoundTo(() => objects.ToListAsync(default)).Should().Be(typeof(AsyncQueryableExtensions));
        BoundTo(() => objects.ToArrayAsync(default)).Should().Be(typeof(AsyncQueryableExtensions));
        BoundTo(() => objects.CountAsync(default)).Should().Be(typeof(AsyncQueryableExtensions));
        BoundTo(() => objects.LongCountAsync(o => o.Size > 10, default)).Should().Be(typeof(AsyncQueryableExtensions));
        BoundTo(() => objects.FirstAsync(default)).Should().Be(typeof(AsyncQueryableExtensions));
        BoundTo(() => objects.FirstOrDefaultAsync(o => o.Size > 10, default)).Should().Be(typeof(AsyncQueryableExtensions));
        BoundTo(() => objects.SingleAsync(o => o.Size > 20, default)).Should().Be(typeof(AsyncQueryableExtensions));
        BoundTo(() => objects.SingleOrDefaultAsync(default)).Should().Be(typeof(AsyncQueryableExtensions));
        BoundTo(() => objects.AnyAsync(default)).Should().Be(typeof(AsyncQueryableExtensions));
        BoundTo(() => objects.AllAsync(o => o.Size > 0, default)).Should().Be(typeof(AsyncQueryableExtensions));
        BoundTo(() => objects.AsAsyncEnumerable()).Should().Be(typeof(AwsQueryableExtensions));

        (await objects.ToListAsync()).Select(o => o.Key).Should().Equal("a/1.jpg", "a/2.jpg", "a/3.jpg");
        (await objects.ToArrayAsync()).Should().HaveCount(3);
        (await objects.CountAsync()).Should().Be(3);
        (await objects.LongCountAsync(o => o.Size > 10)).Should().Be(2);
        (await objects.FirstAsync()).Key.Should().Be("a/1.jpg");
        (await objects.FirstOrDefaultAsync(o => o.Size > 10))!.Key.Should().Be("a/2.jpg");
        (await objects.SingleAsync(o => o.Size > 20)).Key.Should().Be("a/3.jpg");
        (await objects.Where(o => o.Key == "none").SingleOrDefaultAsync()).Should().BeNull();
        (await objects.AnyAsync()).Should().BeTrue();
        (await objects.AllAsync(o => o.Size > 0)).Should().BeTrue();
        (await objects.AsAsyncEnumerable().Select(o => o.Key).ToListAsync()).Should().HaveCount(3);

        _server.Requests.For("s3", "ListObjectsV2", "photos").Should().OnlyContain(r => r.Parameter("Prefix") == "a/");
    }

    [Fact]
    public async Task Operators_in_between_and_query_syntax_keep_the_chain_AwsLinqs()
    {
        var ordered = _s3.Objects("photos").WithPageSize(2).Where(o => o.Key.StartsWith("a/")).OrderByDescending(o => o.Size).ThenBy(o => o.Key);
        var page = ordered.Skip(1).Take(1).Select(o => o.Key);
        var syntax =
            from o in _s3.Objects("photos").ServerSideOnly()
            where o.Key.StartsWith("a/")
            orderby o.Key descending
            select new { o.Key, o.Size };

        BoundTo(() => page.ToListAsync(default)).Should().Be(typeof(AsyncQueryableExtensions));
        BoundTo(() => syntax.CountAsync(default)).Should().Be(typeof(AsyncQueryableExtensions));

        (await page.ToListAsync()).Should().Equal("a/2.jpg");
        (await syntax.ToListAsync()).Select(x => x.Key).Should().Equal("a/3.jpg", "a/2.jpg", "a/1.jpg");
        (await syntax.CountAsync()).Should().Be(3);
        _server.Requests.For("s3", "ListObjectsV2", "photos").Select(r => r.Parameter("MaxKeys")).Should().Contain("2");
    }

    [Fact]
    public async Task Await_foreach_runs_over_an_AwsLinq_chain()
    {
        var keys = new List<string>();

        await foreach (var o in _s3.Objects("photos").Where(o => o.Key.StartsWith("b/")))
        {
            keys.Add(o.Key);
        }

        keys.Should().Equal("b/1.jpg");
    }

    [Fact]
    public async Task A_DbSet_chain_binds_to_EF_Cores_operators()
    {
        var files = _db.Files.Where(f => f.Owner == "ann");

        BoundTo(() => files.ToListAsync(default)).Should().Be(typeof(EntityFrameworkQueryableExtensions));
        BoundTo(() => files.CountAsync(default)).Should().Be(typeof(EntityFrameworkQueryableExtensions));
        BoundTo(() => _db.Files.AnyAsync(default)).Should().Be(typeof(EntityFrameworkQueryableExtensions));
        BoundTo(() => files.AsAsyncEnumerable()).Should().Be(typeof(EntityFrameworkQueryableExtensions));

        (await files.ToListAsync()).Select(f => f.Key).Should().Equal("a/1.jpg");
        (await _db.Files.CountAsync()).Should().Be(2);
        (await _db.Files.FirstAsync(f => f.Owner == "bob")).Key.Should().Be("b/1.jpg");
        await foreach (var file in _db.Files)
        {
            file.Key.Should().NotBeEmpty();
        }
    }

    [Fact]
    public async Task AwsLinqs_hints_leave_an_EF_Core_query_as_it_was()
    {
        var files = _db.Files.Where(f => f.Owner == "bob");

        files.WithPageSize(50).Should().BeSameAs(files);
        files.ServerSideOnly().Should().BeSameAs(files);
        (await files.WithPageSize(50).ServerSideOnly().ToListAsync()).Select(f => f.Key).Should().Equal("b/1.jpg");
    }

    [Fact]
    public async Task Both_libraries_in_one_query_join_in_memory()
    {
        var owners = await _db.Files.ToDictionaryAsync(f => f.Key, f => f.Owner);

        var owned = await _s3.Objects("photos").Where(o => o.Key.StartsWith("a/")).AsAsyncEnumerable()
            .Where(o => owners.ContainsKey(o.Key))
            .Select(o => $"{o.Key} by {owners[o.Key]}")
            .ToListAsync();

        owned.Should().Equal("a/1.jpg by ann");
    }

    [Fact]
    public void What_AwsLinq_cannot_run_on_a_foreign_query_does_not_compile()
    {
        var errors = Compilation.Errors(
            """
            using AwsLinq;
            using Microsoft.EntityFrameworkCore;

            static class UserCode
            {
                static async Task Run(IQueryable<string> efQuery, string[] array)
                {
                    await foreach (var item in efQuery) { }
                    await foreach (var item in array.AsQueryable()) { }
                    efQuery.Explain();
                }
            }
            """);

        var noAsyncEnumerator = "CS8415: Asynchronous foreach statement cannot operate on variables of type 'IQueryable<string>' because " +
            "'IQueryable<string>' does not contain a public instance or extension definition for 'GetAsyncEnumerator'. Did you mean 'foreach' rather than 'await foreach'?";
        errors.Should().Equal(
            noAsyncEnumerator,
            noAsyncEnumerator,
            "CS0411: The type arguments for method 'AwsQueryableExtensions.Explain<T>(IAwsQueryable<T>)' cannot be inferred from the usage. Try specifying the type arguments explicitly.");
    }

    [Fact]
    public void A_query_held_as_IQueryable_compiles_with_AwsLinq_alone_and_with_EF_Core_too()
    {
        const string body =
            """
            static class UserCode
            {
                static Task<List<Amazon.S3.Model.S3Object>> Run(Amazon.S3.IAmazonS3 s3)
                {
                    IQueryable<Amazon.S3.Model.S3Object> query = s3.Objects("b");
                    return query.ToListAsync();
                }
            }
            """;

        Compilation.Errors("using AwsLinq;\n" + body).Should().BeEmpty();
        Compilation.Errors("using AwsLinq;\nusing Microsoft.EntityFrameworkCore;\n" + body).Should().BeEmpty();
    }

    private static Type BoundTo<TResult>(Expression<Func<TResult>> call) => ((MethodCallExpression)call.Body).Method.DeclaringType!;

    private sealed class Catalog(DbContextOptions<Catalog> options) : DbContext(options)
    {
        public DbSet<FileRow> Files => Set<FileRow>();
    }

    private sealed class FileRow
    {
        public int Id { get; set; }

        public required string Key { get; set; }

        public required string Owner { get; set; }
    }
}
