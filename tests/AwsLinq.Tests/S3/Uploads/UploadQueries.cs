using Amazon.S3.Model;
using AwsLinq.Tests.Specification;
using static AwsLinq.Tests.Ec2.Spec<Amazon.S3.Model.MultipartUpload>;

namespace AwsLinq.Tests.S3.Uploads;

/// <summary>The upload queries AwsLinq must answer exactly as LINQ-to-Objects does over the complete listing.</summary>
public static class UploadQueries
{
    private static readonly DateTime Cutoff = UploadSpecData.Epoch.UtcDateTime.AddDays(4);

    public static IReadOnlyList<SpecQuery<MultipartUpload>> All { get; } =
    [
        S("all", q => q),
        S("prefix", q => q.Where(u => u.Key.StartsWith("media/"))),
        S("two prefixes", q => q.Where(u => u.Key.StartsWith("media/") || u.Key.StartsWith("backup/"))),
        S("conflicting prefixes", q => q.Where(u => u.Key.StartsWith("media/") && u.Key.StartsWith("backup/"))),
        S("key", q => q.Where(u => u.Key == "a")),
        S("key that is a prefix of others", q => q.Where(u => u.Key == "tmp")),
        S("two keys", q => q.Where(u => u.Key == "a/b" || u.Key == "zzz")),
        S("non-ascii key", q => q.Where(u => u.Key == "media/日本.mov")),
        S("after", q => q.Where(u => u.Key.CompareTo("media/") > 0)),
        S("at or after", q => q.Where(u => u.Key.CompareTo("tmp") >= 0)),
        S("before", q => q.Where(u => u.Key.CompareTo("backup/2.tar") < 0)),
        S("at or before", q => q.Where(u => u.Key.CompareTo("backup/2.tar") <= 0)),
        S("range in a prefix", q => q.Where(u => u.Key.StartsWith("media/") && u.Key.CompareTo("media/clip.mp4") >= 0 && u.Key.CompareTo("media/z") < 0)),
        S("ordinal bound past the BMP", q => q.Where(u => string.CompareOrdinal(u.Key, "media/é") > 0)),
        S("older than a cutoff", q => q.Where(u => u.Initiated < Cutoff)),
        S("old under a prefix", q => q.Where(u => u.Key.StartsWith("media/") && u.Initiated < Cutoff)),
        S("upload id", q => q.Where(u => u.UploadId == "upload-017")),
        S("ends with", q => q.Where(u => u.Key.EndsWith(".tar"))),
        S("take", q => q.Take(7)),
        S("skip take", q => q.Skip(5).Take(6)),
        S("filter take", q => q.Where(u => u.Key.StartsWith("media/")).Take(4)),
        S("order by key then newest", q => q.OrderBy(u => u.Key).ThenByDescending(u => u.Initiated)),
        S("order by initiated", q => q.OrderByDescending(u => u.Initiated).Take(5)),
        S("select", q => q.Select(u => new { u.Key, u.UploadId })),
        V("count", q => q.Count(), q => q.CountAsync()),
        V("count stale", q => q.Count(u => u.Initiated < Cutoff), q => q.CountAsync(u => u.Initiated < Cutoff)),
        V("first of key", q => q.First(u => u.Key == "backup/3.tar"), q => q.FirstAsync(u => u.Key == "backup/3.tar")),
        V("first or default none", q => q.FirstOrDefault(u => u.Key == "none"), q => q.FirstOrDefaultAsync(u => u.Key == "none")),
        V("any under tmp", q => q.Any(u => u.Key.StartsWith("tmp")), q => q.AnyAsync(u => u.Key.StartsWith("tmp"))),
        V("all standard", q => q.All(u => u.StorageClass == "STANDARD"), q => q.AllAsync(u => u.StorageClass == "STANDARD")),
    ];
}
