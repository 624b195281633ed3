using System.Globalization;
using AwsLinq.LocalAws.Hosting;
using Microsoft.AspNetCore.Http;

namespace AwsLinq.LocalAws.S3.Operations;

/// <summary>
/// <c>GET /bucket/key</c> and, with <paramref name="headOnly"/>, <c>HEAD /bucket/key</c>: the same headers, and for
/// GET the content (or zeros of the seeded size). A single byte range answers 206.
/// </summary>
internal sealed class GetObjectOperation(LocalS3 s3, bool headOnly) : S3Operation(s3)
{
    private static readonly (string Query, string Api)[] Logged = [("versionId", "VersionId"), ("partNumber", "PartNumber")];

    public override string Name => headOnly ? "HeadObject" : "GetObject";

    public override S3Route Route { get; } = S3Route.Object(headOnly ? HttpMethods.Head : HttpMethods.Get);

    public override IReadOnlyList<(string Query, string Api)> LoggedQuery => Logged;

    public override Task<ServiceResponse> ExecuteAsync(S3Request request)
    {
        var bucket = RequireBucket(request);
        var item = RequireVersion(bucket, request);
        var rangeHeader = request.Header("Range");
        if (rangeHeader is not null)
        {
            request.Logged["Range"] = rangeHeader;
        }

        var size = item.Info.Size;
        var range = ByteRange.Parse(rangeHeader, size);
        var response = new ServiceResponse(range is null ? 200 : 206)
        {
            ContentType = item.ContentType,
            Body = Body(item, range ?? new ByteRange(0, size - 1)),
        };
        var headers = response.Headers;
        headers["ETag"] = item.Info.ETag!;
        headers["Last-Modified"] = item.Info.LastModified.ToString("R", CultureInfo.InvariantCulture);
        headers["Accept-Ranges"] = "bytes";
        if (item.ContentEncoding is not null)
        {
            headers["Content-Encoding"] = item.ContentEncoding;
        }

        if (!string.Equals(item.Info.StorageClass, "STANDARD", StringComparison.Ordinal))
        {
            headers["x-amz-storage-class"] = item.Info.StorageClass;
        }

        foreach (var (name, value) in item.Metadata)
        {
            headers[name] = value;
        }

        if (range is { } r)
        {
            headers["Content-Range"] = FormattableString.Invariant($"bytes {r.First}-{r.Last}/{size}");
        }
        else if (FlexibleChecksums.Requested(request) && item.Checksums.Count > 0)
        {
            foreach (var (name, value) in item.Checksums)
            {
                headers[name] = value;
            }

            headers["x-amz-checksum-type"] = "FULL_OBJECT";
        }

        return Task.FromResult(WithVersionId(response, bucket, item));
    }

    private static ResponseBody Body(StoredObject item, ByteRange range)
    {
        if (range.Length <= 0)
        {
            return ResponseBody.FromBytes(ReadOnlyMemory<byte>.Empty);
        }

        return item.Content is null
            ? ResponseBody.Zeros(range.Length)
            : ResponseBody.FromBytes(item.Content.AsMemory((int)range.First, (int)range.Length));
    }
}
