using Amazon.EC2;
using AwsLinq.Tests.Specification;

namespace AwsLinq.Tests.Ec2;

/// <summary>
/// What the specification of every EC2 collection shares: its cases (each query sync and async), and the check that
/// a query through AwsLinq returns what LINQ-to-Objects returns over the complete listing.
/// </summary>
public static class Ec2Specification
{
    public static IEnumerable<object[]> Cases<TItem>(IReadOnlyList<SpecQuery<TItem>> queries) =>
        from query in queries
        from async in new[] { false, true }
        select new object[] { query.Name, async };

    public static async Task AssertSameAsync<TItem>(IReadOnlyList<SpecQuery<TItem>> queries, string name, bool async, IReadOnlyList<TItem> listing, IQueryable<TItem> source)
    {
        var query = queries.Single(q => q.Name == name);
        var expected = await query.Run(OracleQueryable.Over(listing), false);

        var actual = await query.Run(source, async);

        actual.Should().Equal(expected);
    }
}

/// <summary>Writes specification queries over one item type: <c>using static Spec&lt;Volume&gt;;</c>, then <c>S("all", q =&gt; q)</c>.</summary>
public static class Spec<TItem>
{
    public static SpecQuery<TItem> S<T>(string name, Func<IQueryable<TItem>, IQueryable<T>> query) => SpecQuery.Sequence(name, query);

    public static SpecQuery<TItem> V<T>(string name, Func<IQueryable<TItem>, T> sync, Func<IQueryable<TItem>, Task<T>> async) => SpecQuery.Scalar(name, sync, async);
}

/// <summary>
/// The specification of one EC2 collection: every query of its <c>Cases</c> (a static member of the test class), in
/// pages of five so that each crosses pages, returns what LINQ-to-Objects returns over the complete listing.
/// </summary>
public abstract class Ec2SpecificationTests<TItem>(Ec2SpecBackend<TItem> backend)
{
    protected Ec2SpecBackend<TItem> Backend => backend;

    protected abstract IReadOnlyList<SpecQuery<TItem>> Queries { get; }

    /// <summary>Gets how many items the seeded listing holds.</summary>
    protected abstract int ListingCount { get; }

    // xUnit reads the data from the test class that runs the theory, which each collection's class supplies.
#pragma warning disable xUnit1015
    [Theory]
    [MemberData("Cases")]
#pragma warning restore xUnit1015
    public Task Query_returns_what_linq_to_objects_returns(string name, bool async) =>
        Ec2Specification.AssertSameAsync(Queries, name, async, backend.Listing, Open(backend.Client).WithPageSize(5));

    [Fact]
    public void Listing_is_complete()
    {
        backend.Listing.Should().HaveCount(ListingCount);
    }

    /// <summary>The collection's entry point.</summary>
    protected abstract IAwsQueryable<TItem> Open(IAmazonEC2 ec2);
}
