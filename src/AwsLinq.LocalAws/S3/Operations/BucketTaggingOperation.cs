using AwsLinq.LocalAws.Hosting;
using Microsoft.AspNetCore.Http;

namespace AwsLinq.LocalAws.S3.Operations;

/// <summary>
/// <c>GET</c>, <c>PUT</c> and <c>DELETE /bucket?tagging</c>: a bucket's tag set. At most 50 tags, with the same key and
/// value limits as object tags, and keys starting <c>aws:</c> refused, as S3 refuses them. A bucket without tags
/// answers <c>NoSuchTagSet</c> to GetBucketTagging.
/// </summary>
internal sealed class BucketTaggingOperation(LocalS3 s3, string method) : S3Operation(s3)
{
    private const int MaxTags = 50;

    public override string Name => method switch
    {
        _ when HttpMethods.IsGet(method) => "GetBucketTagging",
        _ when HttpMethods.IsPut(method) => "PutBucketTagging",
        _ => "DeleteBucketTagging",
    };

    public override S3Route Route { get; } = S3Route.Bucket(method, "tagging");

    public override async Task<ServiceResponse> ExecuteAsync(S3Request request)
    {
        var bucket = RequireBucket(request);
        if (HttpMethods.IsGet(method))
        {
            return bucket.Tags.Count == 0 ? throw S3Errors.NoSuchTagSet(bucket.Name) : TagSets.Response(bucket.Tags);
        }

        if (HttpMethods.IsDelete(method))
        {
            bucket.Tags = new Dictionary<string, string>();
            return new ServiceResponse(204);
        }

        var tags = TagSets.Parse(await request.ReadBodyAsync().ConfigureAwait(false), MaxTags, "Bucket tag count cannot be greater than 50");
        if (tags.Keys.Any(k => k.StartsWith("aws:", StringComparison.OrdinalIgnoreCase)))
        {
            throw S3Errors.InvalidTag("System tags cannot be added/updated by requester");
        }

        request.Logged["Tags"] = string.Join(',', tags.Select(t => $"{t.Key}={t.Value}"));
        bucket.Tags = tags;
        return new ServiceResponse(204);
    }
}
