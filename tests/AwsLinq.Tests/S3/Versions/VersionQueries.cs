using Amazon.S3.Model;
using AwsLinq.Tests.Specification;
using static AwsLinq.Tests.Ec2.Spec<Amazon.S3.Model.S3ObjectVersion>;

namespace AwsLinq.Tests.S3.Versions;

/// <summary>The version queries AwsLinq must answer exactly as LINQ-to-Objects does over the complete listing.</summary>
public static class VersionQueries
{
    public static IReadOnlyList<SpecQuery<S3ObjectVersion>> All { get; } =
    [
        S("all", q => q),
        S("prefix", q => q.Where(v => v.Key.StartsWith("media/"))),
        S("two prefixes", q => q.Where(v => v.Key.StartsWith("media/") || v.Key.StartsWith("backup/"))),
        S("conflicting prefixes", q => q.Where(v => v.Key.StartsWith("media/") && v.Key.StartsWith("backup/"))),
        S("nested prefixes", q => q.Where(v => v.Key.StartsWith("a") && v.Key.StartsWith("a/b"))),
        S("key", q => q.Where(v => v.Key == "a")),
        S("key that is a prefix of others", q => q.Where(v => v.Key == "tmp")),
        S("two keys", q => q.Where(v => v.Key == "a/b" || v.Key == "zzz")),
        S("non-ascii key", q => q.Where(v => v.Key == "media/日本.mov")),
        S("after", q => q.Where(v => v.Key.CompareTo("media/") > 0)),
        S("after a key with versions", q => q.Where(v => v.Key.CompareTo("backup/2.tar") > 0)),
        S("at or after a key with versions", q => q.Where(v => v.Key.CompareTo("backup/2.tar") >= 0)),
        S("at or after a key that is a prefix", q => q.Where(v => v.Key.CompareTo("tmp") >= 0)),
        S("at or after a one-character key", q => q.Where(v => v.Key.CompareTo("a") >= 0)),
        S("before", q => q.Where(v => v.Key.CompareTo("backup/2.tar") < 0)),
        S("at or before", q => q.Where(v => v.Key.CompareTo("backup/2.tar") <= 0)),
        S("range in a prefix", q => q.Where(v => v.Key.StartsWith("media/") && v.Key.CompareTo("media/clip.mp4") >= 0 && v.Key.CompareTo("media/z") < 0)),
        S("ordinal bound past the BMP", q => q.Where(v => string.CompareOrdinal(v.Key, "media/é") > 0)),
        S("noncurrent", q => q.Where(v => v.IsLatest != true)),
        S("noncurrent under a prefix", q => q.Where(v => v.Key.StartsWith("media/") && v.IsLatest != true)),
        S("delete markers", q => q.Where(v => v.IsDeleteMarker == true)),
        S("current delete markers", q => q.Where(v => v.IsDeleteMarker == true && v.IsLatest == true)),
        S("null versions", q => q.Where(v => v.VersionId == "null")),
        S("large", q => q.Where(v => v.Size > 20)),
        S("ends with", q => q.Where(v => v.Key.EndsWith(".tar"))),
        S("take", q => q.Take(7)),
        S("skip take", q => q.Skip(5).Take(6)),
        S("filter take", q => q.Where(v => v.Key.StartsWith("media/")).Take(4)),
        S("take after a key", q => q.Where(v => v.Key.CompareTo("backup/1.tar") >= 0).Take(5)),
        S("order by key then newest", q => q.OrderBy(v => v.Key).ThenByDescending(v => v.Size)),
        S("order by size", q => q.OrderByDescending(v => v.Size).Take(5)),
        S("select", q => q.Select(v => new { v.Key, v.VersionId, v.IsLatest })),
        S("distinct keys", q => q.Select(v => v.Key).Distinct()),
        V("count", q => q.Count(), q => q.CountAsync()),
        V("count markers", q => q.Count(v => v.IsDeleteMarker == true), q => q.CountAsync(v => v.IsDeleteMarker == true)),
        V("first of key", q => q.First(v => v.Key == "backup/3.tar"), q => q.FirstAsync(v => v.Key == "backup/3.tar")),
        V("first or default none", q => q.FirstOrDefault(v => v.Key == "none"), q => q.FirstOrDefaultAsync(v => v.Key == "none")),
        V("any under tmp", q => q.Any(v => v.Key.StartsWith("tmp")), q => q.AnyAsync(v => v.Key.StartsWith("tmp"))),
        V("all standard", q => q.All(v => v.IsDeleteMarker == true || v.StorageClass == "STANDARD"), q => q.AllAsync(v => v.IsDeleteMarker == true || v.StorageClass == "STANDARD")),
    ];
}
