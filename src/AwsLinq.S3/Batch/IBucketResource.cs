using Amazon.S3;

namespace AwsLinq.S3.Batch;

/// <summary>A listing of one bucket, as the batch actions on its items need it: the client and the bucket.</summary>
internal interface IBucketResource
{
    IAmazonS3 Client { get; }

    string BucketName { get; }
}
