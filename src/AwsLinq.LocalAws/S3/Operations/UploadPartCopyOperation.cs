using System.Globalization;
using AwsLinq.LocalAws.Hosting;
using Microsoft.AspNetCore.Http;

namespace AwsLinq.LocalAws.S3.Operations;

/// <summary>
/// <c>PUT /bucket/key?partNumber=N&amp;uploadId=...</c> with <c>x-amz-copy-source</c>: a part copied from another object,
/// all of it or the <c>x-amz-copy-source-range</c> given, as <c>aws s3 cp</c> copies large objects between buckets.
/// </summary>
internal sealed class UploadPartCopyOperation(LocalS3 s3) : S3Operation(s3)
{
    private const string RangeHeader = "x-amz-copy-source-range";

    private static readonly (string Query, string Api)[] Logged = [("partNumber", "PartNumber"), ("uploadId", "UploadId")];

    public override string Name => "UploadPartCopy";

    public override S3Route Route { get; } = S3Route.Object(HttpMethods.Put, "uploadId").WithHeader(CopySource.Header);

    public override IReadOnlyList<(string Query, string Api)> LoggedQuery => Logged;

    public override Task<ServiceResponse> ExecuteAsync(S3Request request)
    {
        var bucket = RequireBucket(request);
        var partNumber = MultipartRules.PartNumber(request);
        var upload = RequireUpload(bucket, request);
        var source = CopySource.Find(S3, request);
        var content = CopySource.Content(source);
        if (request.Header(RangeHeader) is { } range)
        {
            request.Logged["CopySourceRange"] = range;
            content = Slice(content, range);
        }

        var part = new UploadedPart(partNumber, content, StoredObject.QuotedMd5(content), StoredObject.Truncate(S3.Now));
        upload.Put(part);
        return Task.FromResult(S3Xml.Response(S3Xml.Element(
            "CopyPartResult",
            S3Xml.Element("LastModified", S3Xml.Timestamp(part.LastModified)),
            S3Xml.Element("ETag", part.ETag))));
    }

    private static byte[] Slice(byte[] content, string range)
    {
        var spec = range.StartsWith("bytes=", StringComparison.Ordinal) ? range[6..].Split('-') : [];
        if (spec.Length != 2
            || !long.TryParse(spec[0], NumberStyles.None, CultureInfo.InvariantCulture, out var first)
            || !long.TryParse(spec[1], NumberStyles.None, CultureInfo.InvariantCulture, out var last)
            || last < first)
        {
            throw S3Errors.InvalidArgument(
                "The x-amz-copy-source-range value must be of the form bytes=first-last where first and last are the zero-based offsets of the first and last bytes to copy",
                RangeHeader, range);
        }

        if (last >= content.Length)
        {
            throw S3Errors.InvalidRequest($"The specified copy range is invalid for the source object size: {content.Length}");
        }

        return content[(int)first..(int)(last + 1)];
    }
}
