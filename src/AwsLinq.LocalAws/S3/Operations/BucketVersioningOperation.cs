using System.Xml.Linq;
using AwsLinq.LocalAws.Hosting;
using Microsoft.AspNetCore.Http;

namespace AwsLinq.LocalAws.S3.Operations;

/// <summary>
/// <c>GET</c> and <c>PUT /bucket?versioning</c>: a bucket's versioning state. A bucket whose versioning was never set
/// reports no <c>Status</c>; once enabled it can be suspended, never turned off, as in S3. <c>MfaDelete</c> is checked
/// for its value and otherwise ignored.
/// </summary>
internal sealed class BucketVersioningOperation(LocalS3 s3, string method) : S3Operation(s3)
{
    public override string Name => HttpMethods.IsGet(method) ? "GetBucketVersioning" : "PutBucketVersioning";

    public override S3Route Route { get; } = S3Route.Bucket(method, "versioning");

    public override async Task<ServiceResponse> ExecuteAsync(S3Request request)
    {
        var bucket = RequireBucket(request);
        if (HttpMethods.IsGet(method))
        {
            return S3Xml.Response(S3Xml.Element(
                "VersioningConfiguration",
                bucket.Versioning == BucketVersioning.Unversioned ? null : S3Xml.Element("Status", bucket.Versioning.ToString())));
        }

        var status = Parse(await request.ReadBodyAsync().ConfigureAwait(false));
        if (status is not null)
        {
            request.Logged["Status"] = status.Value.ToString();
            bucket.Versioning = status.Value;
        }

        return new ServiceResponse(200);
    }

    // S3 validates the body against its schema: only Enabled and Suspended, and Enabled or Disabled for MfaDelete.
    private static BucketVersioning? Parse(byte[] body)
    {
        var root = S3Xml.ParseBody(body);

        var status = Child(root, "Status");
        var mfaDelete = Child(root, "MfaDelete");
        if (root.Name.LocalName != "VersioningConfiguration"
            || status is not (null or "Enabled" or "Suspended")
            || mfaDelete is not (null or "Enabled" or "Disabled"))
        {
            throw S3Errors.MalformedXml();
        }

        return status is null ? null : Enum.Parse<BucketVersioning>(status);
    }

    private static string? Child(XElement parent, string localName) =>
        parent.Elements().FirstOrDefault(e => e.Name.LocalName == localName)?.Value;
}
