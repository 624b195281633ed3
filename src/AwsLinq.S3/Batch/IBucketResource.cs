using Amazon.S3;

namespace AwsLinq.S3.Batch;

/// <summary>A listing of buckets' items, as the batch actions on them need it: the client and the buckets.</summary>
internal interface IBucketResource
{
    IAmazonS3 Client { get; }

    /// <summary>Gets the buckets listed: one, but for a query over the objects of several.</summary>
    IReadOnlyList<string> BucketNames { get; }
}
