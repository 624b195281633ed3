using System.Linq.Expressions;
using Amazon.S3;
using Amazon.S3.Model;

namespace AwsLinq.S3.Objects;

/// <summary>The objects of one bucket, listed with <c>ListObjectsV2</c> in ascending UTF-8 key order.</summary>
internal sealed class S3ObjectResource(IAmazonS3 client, string bucketName)
    : AwsResource<S3Object>("S3", "ListObjectsV2", new PageSizeRange("MaxKeys", 1, 1000))
{
    public IAmazonS3 Client { get; } = client;

    public string BucketName { get; } = bucketName;

    public override ResourceTranslation<S3Object> Translate(ResourceQuery<S3Object> query)
    {
        var (keys, bounds, pushdown) = S3ObjectTranslator.Translate(query.Predicates);
        var item = query.Predicates.Count > 0 ? query.Predicates[0].Parameters[0] : Expression.Parameter(typeof(S3Object), "o");
        var fetchOwner = query.Reads(typeof(S3Object).GetProperty(nameof(S3Object.Owner))!);
        return new S3ObjectTranslation(this, keys, bounds, fetchOwner, pushdown, item);
    }

    public override bool IsNativeOrder(LambdaExpression keySelector) =>
        keySelector.Body is MemberExpression { Member.Name: nameof(S3Object.Key) } member
        && member.Member.DeclaringType == typeof(S3Object)
        && member.Expression == keySelector.Parameters[0];

    public override string Describe() => $"S3 ListObjectsV2 of bucket '{BucketName}'";
}
