using AwsLinq.LocalAws.Hosting;
using Microsoft.AspNetCore.Http;

namespace AwsLinq.LocalAws.S3.Operations;

/// <summary>
/// <c>GET</c>, <c>PUT</c> and <c>DELETE /bucket/key?tagging</c>: an object's tag set, which the AWS CLI reads to copy
/// tags along with a large object. At most 10 tags, keys of 1 to 128 and values of up to 256 characters, as S3 allows.
/// </summary>
internal sealed class ObjectTaggingOperation(LocalS3 s3, string method) : S3Operation(s3)
{
    private const int MaxTags = 10;

    public override string Name => method switch
    {
        _ when HttpMethods.IsGet(method) => "GetObjectTagging",
        _ when HttpMethods.IsPut(method) => "PutObjectTagging",
        _ => "DeleteObjectTagging",
    };

    public override S3Route Route { get; } = S3Route.Object(method, "tagging");

    public override async Task<ServiceResponse> ExecuteAsync(S3Request request)
    {
        var bucket = RequireBucket(request);
        var item = RequireVersion(bucket, request);
        if (HttpMethods.IsGet(method))
        {
            return WithVersionId(TagSets.Response(item.Tags), bucket, item);
        }

        var tags = HttpMethods.IsPut(method) ? TagSets.Parse(await request.ReadBodyAsync().ConfigureAwait(false), MaxTags, "Object tags cannot be greater than 10") : new Dictionary<string, string>();
        bucket.Objects.Replace(item, item with { Tags = tags });
        return WithVersionId(new ServiceResponse(HttpMethods.IsPut(method) ? 200 : 204), bucket, item);
    }
}
