using AwsLinq.Tests.Specification;
using static AwsLinq.Tests.Ec2.Spec<AwsLinq.S3Folder>;

namespace AwsLinq.Tests.S3.Folders;

/// <summary>The folder queries AwsLinq must answer exactly as LINQ-to-Objects does over the complete listing.</summary>
public static class FolderQueries
{
    public static IReadOnlyList<SpecQuery<S3Folder>> All { get; } =
    [
        S("all", q => q),
        S("name starts with", q => q.Where(f => f.Name.StartsWith("2024"))),
        S("prefix starts with", q => q.Where(f => f.Prefix.StartsWith("photos/2024"))),
        S("prefix equals", q => q.Where(f => f.Prefix == "photos/2024/")),
        S("name equals", q => q.Where(f => f.Name == "2023")),
        S("name equals non-ascii", q => q.Where(f => f.Name == "é")),
        S("prefix past the delimiter", q => q.Where(f => f.Prefix.StartsWith("photos/2024/jan"))),
        S("shorter than the listed prefix", q => q.Where(f => f.Prefix.StartsWith("ph"))),
        S("another prefix", q => q.Where(f => f.Prefix.StartsWith("logs/"))),
        S("two prefixes", q => q.Where(f => f.Name.StartsWith("20") && f.Prefix.StartsWith("photos/2024"))),
        S("or of names", q => q.Where(f => f.Name == "2023" || f.Name == "zz")),
        S("after", q => q.Where(f => f.Prefix.CompareTo("photos/2024/") > 0)),
        S("at or after", q => q.Where(f => f.Prefix.CompareTo("photos/2024/") >= 0)),
        S("before", q => q.Where(f => f.Prefix.CompareTo("photos/2024/") < 0)),
        S("at or before", q => q.Where(f => f.Prefix.CompareTo("photos/archive/") <= 0)),
        S("between", q => q.Where(f => string.Compare(f.Prefix, "photos/2024") > 0 && string.Compare(f.Prefix, "photos/e") < 0)),
        S("ordinal bound past the BMP", q => q.Where(f => string.CompareOrdinal(f.Prefix, "photos/é/") > 0)),
        S("name ends with", q => q.Where(f => f.Name.EndsWith("4"))),
        S("name length", q => q.Where(f => f.Name.Length > 4)),
        S("take", q => q.Take(4)),
        S("skip take", q => q.Skip(3).Take(4)),
        S("filter take", q => q.Where(f => f.Name.StartsWith("2")).Take(2)),
        S("order by prefix", q => q.OrderBy(f => f.Prefix).Take(5)),
        S("order by name descending", q => q.OrderByDescending(f => f.Name)),
        S("select names", q => q.Select(f => f.Name)),
        V("count", q => q.Count(), q => q.CountAsync()),
        V("count 2024", q => q.Count(f => f.Name.StartsWith("2024")), q => q.CountAsync(f => f.Name.StartsWith("2024"))),
        V("first", q => q.First(), q => q.FirstAsync()),
        V("first or default none", q => q.FirstOrDefault(f => f.Name == "none"), q => q.FirstOrDefaultAsync(f => f.Name == "none")),
        V("any drafts", q => q.Any(f => f.Name == "drafts"), q => q.AnyAsync(f => f.Name == "drafts")),
        V("all under photos", q => q.All(f => f.Prefix.StartsWith("photos/")), q => q.AllAsync(f => f.Prefix.StartsWith("photos/"))),
    ];
}
