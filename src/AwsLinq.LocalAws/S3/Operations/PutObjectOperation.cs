using AwsLinq.LocalAws.Hosting;
using Microsoft.AspNetCore.Http;

namespace AwsLinq.LocalAws.S3.Operations;

/// <summary>
/// <c>PUT /bucket/key</c>: stores the body, decoded from aws-chunked when the SDK streams it that way, with its
/// Content-Type, user metadata and flexible checksums. The ETag is the MD5 of the content, as for S3 single uploads.
/// </summary>
internal sealed class PutObjectOperation(LocalS3 s3) : S3Operation(s3)
{
    public override string Name => "PutObject";

    public override S3Route Route { get; } = S3Route.Object(HttpMethods.Put);

    public override async Task<ServiceResponse> ExecuteAsync(S3Request request)
    {
        var bucket = RequireBucket(request);
        var key = request.Key!;
        if (ObjectKeys.IsTooLong(key))
        {
            throw S3Errors.KeyTooLong();
        }

        var (content, checksums) = await UploadedContent.ReadAsync(request).ConfigureAwait(false);
        var info = new LocalS3Object(key, content.Length, StoredObject.Truncate(S3.Now), StoredObject.QuotedMd5(content));
        var stored = new StoredObject(
            info,
            content,
            request.Header("Content-Type") ?? StoredObject.DefaultContentType,
            StoredContentEncoding(request.Header("Content-Encoding")),
            request.HeadersStartingWith("x-amz-meta-").ToDictionary(StringComparer.OrdinalIgnoreCase),
            checksums);
        var written = bucket.Objects.Write(stored, bucket.Versioning);

        var response = WithVersionId(new ServiceResponse(200), bucket, written);
        response.Headers["ETag"] = info.ETag!;
        foreach (var (name, value) in checksums)
        {
            response.Headers[name] = value;
        }

        return response;
    }

    // S3 drops the aws-chunked transfer coding and keeps any other coding the writer declared.
    /// <summary>The Content-Encoding to keep, as CreateMultipartUpload keeps it too.</summary>
    public static string? StoredContentEncoding(string? header)
    {
        if (header is null)
        {
            return null;
        }

        var kept = header.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(e => !string.Equals(e, "aws-chunked", StringComparison.OrdinalIgnoreCase));
        var joined = string.Join(',', kept);
        return joined.Length == 0 ? null : joined;
    }
}
