using Amazon.S3.Model;
using static AwsLinq.Tests.Specification.SpecQuery;

namespace AwsLinq.Tests.Specification;

/// <summary>The object queries every backend must answer exactly as LINQ-to-Objects does over the complete listing.</summary>
public static class S3ObjectQueries
{
    private static readonly DateTime Cutoff = new(2024, 1, 10, 0, 0, 0, DateTimeKind.Utc);

    public static IReadOnlyList<SpecQuery<S3Object>> All { get; } = Build();

    public static IEnumerable<object[]> Cases(bool plainKeysOnly) =>
        from query in All
        where !plainKeysOnly || !query.Name.StartsWith("unicode", StringComparison.Ordinal)
        from async in new[] { false, true }
        select new object[] { query.Name, async };

    public static SpecQuery<S3Object> Named(string name) => All.Single(q => q.Name == name);

    private static SpecQuery<S3Object> ObjectScalar<T>(string name, Func<IQueryable<S3Object>, T> sync, Func<IQueryable<S3Object>, Task<T>> async) =>
        Scalar(name, sync, async);

    private static List<SpecQuery<S3Object>> Build()
    {
        var prefix = "photos/2024/";
        string[] keys = ["a", "ab", "missing", "docs/readme.txt"];
        return
        [
            Sequence("all", (IQueryable<S3Object> q) => q),
            Sequence("prefix", (IQueryable<S3Object> q) => q.Where(o => o.Key.StartsWith("photos/2023/"))),
            Sequence("prefix captured", (IQueryable<S3Object> q) => q.Where(o => o.Key.StartsWith(prefix))),
            Sequence("prefix ordinal", (IQueryable<S3Object> q) => q.Where(o => o.Key.StartsWith("logs/", StringComparison.Ordinal))),
            Sequence("prefix char", (IQueryable<S3Object> q) => q.Where(o => o.Key.StartsWith('z'))),
            Sequence("prefix empty", (IQueryable<S3Object> q) => q.Where(o => o.Key.StartsWith(""))),
            Sequence("prefix no match", (IQueryable<S3Object> q) => q.Where(o => o.Key.StartsWith("nothing/"))),
            Sequence("prefix and size", (IQueryable<S3Object> q) => q.Where(o => o.Key.StartsWith("photos/") && o.Size > 1000)),
            Sequence("prefix take", (IQueryable<S3Object> q) => q.Where(o => o.Key.StartsWith("photos/")).Take(10)),
            Sequence("prefix size take", (IQueryable<S3Object> q) => q.Where(o => o.Key.StartsWith("photos/") && o.Size > 1_000).Take(10)),
            Sequence("two prefixes nested", (IQueryable<S3Object> q) => q.Where(o => o.Key.StartsWith("photos/")).Where(o => o.Key.StartsWith("photos/2024/"))),
            Sequence("two prefixes conflicting", (IQueryable<S3Object> q) => q.Where(o => o.Key.StartsWith("photos/") && o.Key.StartsWith("logs/"))),
            Sequence("or prefixes", (IQueryable<S3Object> q) => q.Where(o => o.Key.StartsWith("logs/") || o.Key.StartsWith("docs/"))),
            Sequence("or prefixes reversed", (IQueryable<S3Object> q) => q.Where(o => o.Key.StartsWith("docs/") || o.Key.StartsWith("a"))),
            Sequence("or prefixes containing", (IQueryable<S3Object> q) => q.Where(o => o.Key.StartsWith("a") || o.Key.StartsWith("a/b"))),
            Sequence("or prefixes take", (IQueryable<S3Object> q) => q.Where(o => o.Key.StartsWith("photos/2024/") || o.Key.StartsWith("logs/")).Take(15)),
            Sequence("or prefixes and prefix", (IQueryable<S3Object> q) => q.Where(o => o.Key.StartsWith("photos/") && (o.Key.StartsWith("photos/2023/img01") || o.Key.StartsWith("logs/")))),
            Sequence("or with other predicate", (IQueryable<S3Object> q) => q.Where(o => (o.Key.StartsWith("logs/") && o.Size > 2000) || o.Key.StartsWith("docs/"))),
            Sequence("or not pushable", (IQueryable<S3Object> q) => q.Where(o => o.Key.StartsWith("logs/") || o.Size < 100)),
            Sequence("equals", (IQueryable<S3Object> q) => q.Where(o => o.Key == "a/b")),
            Sequence("equals missing", (IQueryable<S3Object> q) => q.Where(o => o.Key == "a/bb")),
            Sequence("equals prefix of others", (IQueryable<S3Object> q) => q.Where(o => o.Key == "photos")),
            Sequence("equals method", (IQueryable<S3Object> q) => q.Where(o => o.Key.Equals("abc"))),
            Sequence("equals reversed", (IQueryable<S3Object> q) => q.Where(o => "b" == o.Key)),
            Sequence("or equals", (IQueryable<S3Object> q) => q.Where(o => o.Key == "a" || o.Key == "ab" || o.Key == "zz/top")),
            Sequence("or equals and prefix", (IQueryable<S3Object> q) => q.Where(o => o.Key == "a/b" || o.Key.StartsWith("a/b"))),
            Sequence("contains list", (IQueryable<S3Object> q) => q.Where(o => keys.Contains(o.Key))),
            Sequence("greater than", (IQueryable<S3Object> q) => q.Where(o => o.Key.CompareTo("photos/2024/img030.jpg") > 0)),
            Sequence("greater or equal", (IQueryable<S3Object> q) => q.Where(o => string.Compare(o.Key, "photos/2024/img030.jpg") >= 0)),
            Sequence("ordinal greater", (IQueryable<S3Object> q) => q.Where(o => string.CompareOrdinal(o.Key, "logs/2024-06") > 0)),
            Sequence("less than", (IQueryable<S3Object> q) => q.Where(o => o.Key.CompareTo("b") < 0)),
            Sequence("less or equal", (IQueryable<S3Object> q) => q.Where(o => o.Key.CompareTo("ab") <= 0)),
            Sequence("range", (IQueryable<S3Object> q) => q.Where(o => o.Key.CompareTo("logs/2024-03") >= 0 && o.Key.CompareTo("logs/2024-07") < 0)),
            Sequence("range reversed operands", (IQueryable<S3Object> q) => q.Where(o => 0 < o.Key.CompareTo("docs/") && "photos/2023/img005.jpg".CompareTo(o.Key) >= 0)),
            Sequence("range with prefix", (IQueryable<S3Object> q) => q.Where(o => o.Key.StartsWith("photos/2023/") && o.Key.CompareTo("photos/2023/img010.jpg") > 0 && o.Key.CompareTo("photos/2023/img020.jpg") <= 0)),
            Sequence("range empty", (IQueryable<S3Object> q) => q.Where(o => o.Key.CompareTo("m") > 0 && o.Key.CompareTo("c") < 0)),
            Sequence("lower bound past prefix", (IQueryable<S3Object> q) => q.Where(o => o.Key.StartsWith("docs/") && o.Key.CompareTo("e") > 0)),
            Sequence("ends with", (IQueryable<S3Object> q) => q.Where(o => o.Key.EndsWith(".log"))),
            Sequence("contains", (IQueryable<S3Object> q) => q.Where(o => o.Key.Contains("img02"))),
            Sequence("case insensitive", (IQueryable<S3Object> q) => q.Where(o => o.Key.StartsWith("PHOTOS/2024/IMG00", StringComparison.OrdinalIgnoreCase))),
            Sequence("not prefix", (IQueryable<S3Object> q) => q.Where(o => !o.Key.StartsWith("photos/"))),
            Sequence("not equals", (IQueryable<S3Object> q) => q.Where(o => o.Key != "a" && o.Key.StartsWith("a"))),
            Sequence("size", (IQueryable<S3Object> q) => q.Where(o => o.Size >= 2500)),
            Sequence("last modified", (IQueryable<S3Object> q) => q.Where(o => o.LastModified < Cutoff)),
            Sequence("storage class", (IQueryable<S3Object> q) => q.Where(o => o.StorageClass == "GLACIER")),
            Sequence("where after take", (IQueryable<S3Object> q) => q.Take(50).Where(o => o.Size > 1000)),
            Sequence("take after where after take", (IQueryable<S3Object> q) => q.Take(60).Where(o => o.Key.StartsWith("photos/")).Take(5)),
            Sequence("skip", (IQueryable<S3Object> q) => q.Skip(20)),
            Sequence("skip take", (IQueryable<S3Object> q) => q.Skip(5).Take(12)),
            Sequence("take skip", (IQueryable<S3Object> q) => q.Take(12).Skip(5)),
            Sequence("take zero", (IQueryable<S3Object> q) => q.Take(0)),
            Sequence("take more than all", (IQueryable<S3Object> q) => q.Take(100_000)),
            Sequence("order by key", (IQueryable<S3Object> q) => q.OrderBy(o => o.Key).Take(9)),
            Sequence("order by key descending", (IQueryable<S3Object> q) => q.OrderByDescending(o => o.Key).Take(9)),
            Sequence("order by size then key", (IQueryable<S3Object> q) => q.OrderBy(o => o.Size).ThenBy(o => o.Key)),
            Sequence("order by size descending then key descending", (IQueryable<S3Object> q) => q.OrderByDescending(o => o.Size).ThenByDescending(o => o.Key).Take(20)),
            Sequence("order by date", (IQueryable<S3Object> q) => q.Where(o => o.Key.StartsWith("logs/")).OrderBy(o => o.LastModified)),
            Sequence("order by twice", (IQueryable<S3Object> q) => q.OrderBy(o => o.Size).OrderBy(o => o.StorageClass == "GLACIER")),
            Sequence("select key", (IQueryable<S3Object> q) => q.Select(o => o.Key)),
            Sequence("select then where", (IQueryable<S3Object> q) => q.Select(o => o.Key).Where(k => k.StartsWith("logs/"))),
            Sequence("select size", (IQueryable<S3Object> q) => q.Where(o => o.Key.StartsWith("photos/2023/")).Select(o => o.Size)),
            Sequence("select anonymous", (IQueryable<S3Object> q) => q.Where(o => o.Key.StartsWith("docs/")).Select(o => new { o.Key, o.Size })),
            Sequence("select distinct", (IQueryable<S3Object> q) => q.Select(o => o.StorageClass.Value).Distinct()),
            Sequence("query syntax", (IQueryable<S3Object> q) => from o in q where o.Key.StartsWith("logs/") && o.Size > 100 orderby o.Size select o.Key),
            Sequence("query syntax two wheres", (IQueryable<S3Object> q) => from o in q where o.Key.StartsWith("photos/") where o.Size < 3000 select new { o.Key, Kb = o.Size / 1024 }),
            Sequence("unicode prefix", (IQueryable<S3Object> q) => q.Where(o => o.Key.StartsWith("日本/"))),
            Sequence("unicode order", (IQueryable<S3Object> q) => q.Where(o => o.Key.StartsWith("a/")).OrderByDescending(o => o.Key)),
            Sequence("unicode supplementary bound", (IQueryable<S3Object> q) => q.Where(o => o.Key.CompareTo("a/\uE000") > 0 && o.Key.CompareTo("😀") <= 0)),
            Sequence("unicode ordinal bound below", (IQueryable<S3Object> q) => q.Where(o => string.CompareOrdinal(o.Key, "a/\uE000") < 0).Take(200)),
            Sequence("unicode ordinal bound above", (IQueryable<S3Object> q) => q.Where(o => string.Compare(o.Key, "😀", StringComparison.Ordinal) > 0)),
            Sequence("unicode ordinal range", (IQueryable<S3Object> q) => q.Where(o => string.CompareOrdinal(o.Key, "a/😀") >= 0 && string.CompareOrdinal(o.Key, "\uE000") <= 0)),
            Sequence("unicode equals", (IQueryable<S3Object> q) => q.Where(o => o.Key == "a/😀" || o.Key == "é/café.txt")),
            Sequence("unicode case insensitive", (IQueryable<S3Object> q) => q.Where(o => o.Key.StartsWith("photos/img", StringComparison.OrdinalIgnoreCase))),
            ObjectScalar("count", q => q.Count(), q => q.CountAsync()),
            ObjectScalar("count predicate", q => q.Count(o => o.Size > 2000), q => q.CountAsync(o => o.Size > 2000)),
            ObjectScalar("count prefix", q => q.Count(o => o.Key.StartsWith("photos/2024/")), q => q.CountAsync(o => o.Key.StartsWith("photos/2024/"))),
            ObjectScalar("long count", q => q.LongCount(), q => q.LongCountAsync()),
            ObjectScalar("long count predicate", q => q.Where(o => o.Key.StartsWith("logs/")).LongCount(o => o.Size < 2500), q => q.Where(o => o.Key.StartsWith("logs/")).LongCountAsync(o => o.Size < 2500)),
            ObjectScalar("first", q => q.First(), q => q.FirstAsync()),
            ObjectScalar("first predicate", q => q.First(o => o.Size > 4000), q => q.FirstAsync(o => o.Size > 4000)),
            ObjectScalar("first prefix", q => q.First(o => o.Key.StartsWith("logs/")), q => q.FirstAsync(o => o.Key.StartsWith("logs/"))),
            ObjectScalar("first or default none", q => q.FirstOrDefault(o => o.Key.StartsWith("nothing")), q => q.FirstOrDefaultAsync(o => o.Key.StartsWith("nothing"))),
            ObjectScalar("first of select", q => q.Select(o => o.Size).First(), q => q.Select(o => o.Size).FirstAsync()),
            ObjectScalar("first ordered", q => q.OrderByDescending(o => o.Size).Select(o => o.Key).First(), q => q.OrderByDescending(o => o.Size).Select(o => o.Key).FirstAsync()),
            ObjectScalar("single", q => q.Single(o => o.Key == "docs/guide.md"), q => q.SingleAsync(o => o.Key == "docs/guide.md")),
            ObjectScalar("single or default none", q => q.SingleOrDefault(o => o.Key == "docs/none"), q => q.SingleOrDefaultAsync(o => o.Key == "docs/none")),
            ObjectScalar("any", q => q.Any(), q => q.AnyAsync()),
            ObjectScalar("any prefix", q => q.Any(o => o.Key.StartsWith("zz/")), q => q.AnyAsync(o => o.Key.StartsWith("zz/"))),
            ObjectScalar("any none", q => q.Any(o => o.Key.StartsWith("nothing/")), q => q.AnyAsync(o => o.Key.StartsWith("nothing/"))),
            ObjectScalar("all match", q => q.All(o => o.Size < 5000), q => q.AllAsync(o => o.Size < 5000)),
            ObjectScalar("all false", q => q.Where(o => o.Key.StartsWith("logs/")).All(o => o.Size < 1000), q => q.Where(o => o.Key.StartsWith("logs/")).AllAsync(o => o.Size < 1000)),
            ObjectScalar("count after take", q => q.Take(33).Count(), q => q.Take(33).CountAsync()),
            ObjectScalar("any after skip", q => q.Skip(10_000).Any(), q => q.Skip(10_000).AnyAsync()),
        ];
    }
}
