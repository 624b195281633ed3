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
