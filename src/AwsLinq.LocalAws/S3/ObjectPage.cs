namespace AwsLinq.LocalAws.S3;

/// <summary>One page of a ListObjectsV2 answer, before it is turned into XML.</summary>
/// <param name="Contents">The objects, in UTF-8 byte order of their keys.</param>
/// <param name="CommonPrefixes">The common prefixes rolled up by the delimiter, in the same order.</param>
/// <param name="Last">The last key or common prefix returned, which the next token resumes after.</param>
/// <param name="IsTruncated">Whether more keys or prefixes follow this page.</param>
internal sealed record ObjectPage(
    IReadOnlyList<LocalS3Object> Contents,
    IReadOnlyList<string> CommonPrefixes,
    ListCursor? Last,
    bool IsTruncated);
