using static AwsLinq.Tests.Specification.SpecQuery;

namespace AwsLinq.Tests.Specification;

/// <summary>The queue queries every SQS backend must answer exactly as LINQ-to-Objects does over the complete listing.</summary>
public static class SqsQueueQueries
{
    public static IReadOnlyList<SpecQuery<SqsQueue>> All { get; } = Build();

    public static IEnumerable<object[]> Cases() =>
        from query in All
        from async in new[] { false, true }
        select new object[] { query.Name, async };

    public static SpecQuery<SqsQueue> Named(string name) => All.Single(q => q.Name == name);

    private static SpecQuery<SqsQueue> S<T>(string name, Func<IQueryable<SqsQueue>, IQueryable<T>> query) => Sequence(name, query);

    private static SpecQuery<SqsQueue> V<T>(string name, Func<IQueryable<SqsQueue>, T> sync, Func<IQueryable<SqsQueue>, Task<T>> async) => Scalar(name, sync, async);

    private static List<SpecQuery<SqsQueue>> Build()
    {
        var prefix = "billing-";
        string[] names = ["audit-002", "orders-004", "nothing"];
        return
        [
            S("all", q => q),
            S("names", q => q.Select(x => x.Name)),
            S("prefix", q => q.Where(x => x.Name.StartsWith("orders-"))),
            S("prefix captured", q => q.Where(x => x.Name.StartsWith(prefix))),
            S("prefix of another prefix", q => q.Where(x => x.Name.StartsWith("ord"))),
            S("two prefixes", q => q.Where(x => x.Name.StartsWith("ord") && x.Name.StartsWith("orders-01"))),
            S("conflicting prefixes", q => q.Where(x => x.Name.StartsWith("orders") && x.Name.StartsWith("audit"))),
            S("or prefixes", q => q.Where(x => x.Name.StartsWith("audit-") || x.Name.StartsWith("billing-"))),
            S("name equals", q => q.Where(x => x.Name == "billing-001")),
            S("name equals prefix of others", q => q.Where(x => x.Name == "ord")),
            S("names contains", q => q.Where(x => names.Contains(x.Name))),
            S("ends with", q => q.Where(x => x.Name.EndsWith("7"))),
            S("contains", q => q.Where(x => x.Name.Contains("-02"))),
            S("fifo", q => q.Where(x => x.IsFifo)),
            S("url ends with", q => q.Where(x => x.Url.EndsWith("/audit-010"))),
            S("url from another endpoint", q => q.Where(x => x.Url == "https://sqs.eu-west-1.amazonaws.com/123456789012/orders-000")),
            S("has messages", q => q.Where(x => x.ApproximateNumberOfMessages > 0)),
            S("prefix and messages", q => q.Where(x => x.Name.StartsWith("orders-") && x.ApproximateNumberOfMessages >= 2)),
            S("name filter before attributes", q => q.Where(x => x.Name.EndsWith("3") && x.VisibilityTimeout == 120)),
            S("visibility timeout", q => q.Where(x => x.VisibilityTimeout == 60)),
            S("delayed queues", q => q.Where(x => x.DelaySeconds > 0)),
            S("retention", q => q.Where(x => x.MessageRetentionPeriod == 345600)),
            S("content based deduplication", q => q.Where(x => x.ContentBasedDeduplication == true)),
            S("arn", q => q.Where(x => x.Arn!.EndsWith(":billing-005"))),
            S("tag", q => q.Where(x => x.Tags!["team"] == "payments")),
            S("tag present", q => q.Where(x => x.Tags!.ContainsKey("env"))),
            S("tag and prefix", q => q.Where(x => x.Name.StartsWith("audit-") && x.Tags!.ContainsKey("env"))),
            S("take", q => q.Take(9)),
            S("prefix take", q => q.Where(x => x.Name.StartsWith("orders-")).Take(4)),
            S("attribute take", q => q.Where(x => x.ApproximateNumberOfMessages == 3).Take(4)),
            S("skip take", q => q.Skip(10).Take(10)),
            S("order by name descending", q => q.OrderByDescending(x => x.Name).Take(12)),
            S("order by messages", q => q.OrderByDescending(x => x.ApproximateNumberOfMessages).ThenBy(x => x.Name).Select(x => x.Name)),
            S("order by visibility then name", q => q.Where(x => x.Name.StartsWith("billing-")).OrderBy(x => x.VisibilityTimeout).ThenByDescending(x => x.Name)),
            S("select attributes", q => q.Where(x => x.Name.StartsWith("audit-")).Select(x => new { x.Name, x.ApproximateNumberOfMessages, x.VisibilityTimeout })),
            S("select tags", q => q.Where(x => x.Name.StartsWith("ord-")).Select(x => x.Tags!["team"])),
            S("select distinct visibility", q => q.Select(x => x.VisibilityTimeout).Distinct()),
            S("query syntax", q => from x in q where x.Name.StartsWith("billing-") && x.ApproximateNumberOfMessages > 1 orderby x.Name descending select x.Name),
            V("count", q => q.Count(), q => q.CountAsync()),
            V("count prefix", q => q.Count(x => x.Name.StartsWith("audit-")), q => q.CountAsync(x => x.Name.StartsWith("audit-"))),
            V("count with messages", q => q.LongCount(x => x.ApproximateNumberOfMessages > 1), q => q.LongCountAsync(x => x.ApproximateNumberOfMessages > 1)),
            V("first", q => q.First(), q => q.FirstAsync()),
            V("first with messages", q => q.First(x => x.ApproximateNumberOfMessages == 2), q => q.FirstAsync(x => x.ApproximateNumberOfMessages == 2)),
            V("first or default none", q => q.FirstOrDefault(x => x.Name.StartsWith("zzz")), q => q.FirstOrDefaultAsync(x => x.Name.StartsWith("zzz"))),
            V("single", q => q.Single(x => x.Name == "audit-002"), q => q.SingleAsync(x => x.Name == "audit-002")),
            V("any", q => q.Any(), q => q.AnyAsync()),
            V("any fifo with messages", q => q.Any(x => x.IsFifo && x.ApproximateNumberOfMessages > 0), q => q.AnyAsync(x => x.IsFifo && x.ApproximateNumberOfMessages > 0)),
            V("all have arn", q => q.All(x => x.Arn != null), q => q.AllAsync(x => x.Arn != null)),
        ];
    }
}
