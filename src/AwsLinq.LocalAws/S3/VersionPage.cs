namespace AwsLinq.LocalAws.S3;

/// <summary>One page of a ListObjectVersions answer, before it is turned into XML.</summary>
/// <param name="Versions">The versions and delete markers, by key, newest first within a key, each with whether it is the newest.</param>
/// <param name="CommonPrefixes">The common prefixes rolled up by the delimiter.</param>
/// <param name="IsTruncated">Whether more versions or prefixes follow this page.</param>
/// <param name="NextKeyMarker">The key or common prefix returned last, when truncated.</param>
/// <param name="NextVersionIdMarker">The version returned last, when truncated and it was not a common prefix.</param>
internal sealed record VersionPage(
    IReadOnlyList<(StoredObject Version, bool IsLatest)> Versions,
    IReadOnlyList<string> CommonPrefixes,
    bool IsTruncated,
    string? NextKeyMarker,
    string? NextVersionIdMarker);
