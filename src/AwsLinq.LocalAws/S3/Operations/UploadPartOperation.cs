using AwsLinq.LocalAws.Hosting;
using Microsoft.AspNetCore.Http;

namespace AwsLinq.LocalAws.S3.Operations;

/// <summary><c>PUT /bucket/key?partNumber=N&amp;uploadId=...</c>: stores one part; its ETag is the MD5 of its bytes.</summary>
internal sealed class UploadPartOperation(LocalS3 s3) : S3Operation(s3)
{
    private static readonly (string Query, string Api)[] Logged = [("partNumber", "PartNumber"), ("uploadId", "UploadId")];

    public override string Name => "UploadPart";

    public override S3Route Route { get; } = S3Route.Object(HttpMethods.Put, "uploadId");

    public override IReadOnlyList<(string Query, string Api)> LoggedQuery => Logged;

    public override async Task<ServiceResponse> ExecuteAsync(S3Request request)
    {
        var bucket = RequireBucket(request);
        var partNumber = MultipartRules.PartNumber(request);
        var upload = RequireUpload(bucket, request);
        var (content, checksums) = await UploadedContent.ReadAsync(request).ConfigureAwait(false);
        var part = new UploadedPart(partNumber, content, StoredObject.QuotedMd5(content), StoredObject.Truncate(S3.Now));
        upload.Put(part);

        var response = new ServiceResponse(200);
        response.Headers["ETag"] = part.ETag;
        foreach (var (name, value) in checksums)
        {
            response.Headers[name] = value;
        }

        return response;
    }
}
