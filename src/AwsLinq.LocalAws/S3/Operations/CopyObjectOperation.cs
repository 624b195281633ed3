using AwsLinq.LocalAws.Hosting;
using Microsoft.AspNetCore.Http;

namespace AwsLinq.LocalAws.S3.Operations;

/// <summary>
/// <c>PUT /bucket/key</c> with <c>x-amz-copy-source</c>: copies an object within or between buckets. The metadata and
/// Content-Type come along unless <c>x-amz-metadata-directive: REPLACE</c> gives new ones; copying an object onto
/// itself without REPLACE is refused, as S3 refuses it.
/// </summary>
internal sealed class CopyObjectOperation(LocalS3 s3) : S3Operation(s3)
{
    public override string Name => "CopyObject";

    public override S3Route Route { get; } = S3Route.Object(HttpMethods.Put).WithHeader(CopySource.Header);

    public override Task<ServiceResponse> ExecuteAsync(S3Request request)
    {
        var bucket = RequireBucket(request);
        var key = request.Key!;
        if (ObjectKeys.IsTooLong(key))
        {
            throw S3Errors.KeyTooLong();
        }

        request.Logged["CopySource"] = request.Header(CopySource.Header)!;
        var source = CopySource.Find(S3, request);
        var replace = string.Equals(request.Header("x-amz-metadata-directive"), "REPLACE", StringComparison.OrdinalIgnoreCase);
        if (!replace && ReferenceEquals(bucket.Objects.Find(key), source))
        {
            throw S3Errors.InvalidRequest(
                "This copy request is illegal because it is trying to copy an object to itself without changing the object's metadata, storage class, website redirect location or encryption attributes.");
        }

        // A copy made in one request has the MD5 of its bytes as ETag, even of a multipart source; a seeded source
        // (no bytes) keeps its derived ETag, which the SDK does not check.
        var etag = source.Content is null ? source.Info.ETag : StoredObject.QuotedMd5(source.Content);
        var info = source.Info with { Key = key, LastModified = StoredObject.Truncate(S3.Now), ETag = etag };
        var copy = replace
            ? source with
            {
                Info = info,
                ContentType = request.Header("Content-Type") ?? StoredObject.DefaultContentType,
                Metadata = request.HeadersStartingWith("x-amz-meta-").ToDictionary(StringComparer.OrdinalIgnoreCase),
            }
            : source with { Info = info };
        var written = bucket.Objects.Write(copy, bucket.Versioning);
        var response = WithVersionId(
            S3Xml.Response(S3Xml.Element(
                "CopyObjectResult",
                S3Xml.Element("LastModified", S3Xml.Timestamp(info.LastModified)),
                S3Xml.Element("ETag", info.ETag))),
            bucket,
            written);
        if (!string.Equals(source.VersionId, VersionIds.Null, StringComparison.Ordinal))
        {
            response.Headers["x-amz-copy-source-version-id"] = source.VersionId;
        }

        return Task.FromResult(response);
    }
}
