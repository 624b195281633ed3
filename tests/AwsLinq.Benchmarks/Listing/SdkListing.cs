using Amazon.S3;
using Amazon.S3.Model;

namespace AwsLinq.Benchmarks.Listing;

/// <summary>The loops a user writes by hand without AwsLinq: <c>ListObjectsV2Async</c> and the continuation token.</summary>
internal static class SdkListing
{
    public static async Task<int> CountAsync(IAmazonS3 s3, string bucket, string prefix)
    {
        var request = new ListObjectsV2Request { BucketName = bucket, Prefix = prefix };
        var count = 0;
        ListObjectsV2Response response;
        do
        {
            response = await s3.ListObjectsV2Async(request);

            // SDK v4 leaves collections null when the response has none.
            count += response.S3Objects?.Count ?? 0;
            request.ContinuationToken = response.NextContinuationToken;
        }
        while (response.IsTruncated == true);

        return count;
    }

    /// <summary>
    /// What boto3's <c>bucket.objects.filter(Prefix=p).limit(n)</c> does: pages of the default size (no MaxKeys,
    /// so S3 sends up to 1,000 keys), stopping once <paramref name="limit"/> items are read.
    /// </summary>
    public static async Task<List<S3Object>> FirstAsync(IAmazonS3 s3, string bucket, string prefix, int limit)
    {
        var request = new ListObjectsV2Request { BucketName = bucket, Prefix = prefix };
        var items = new List<S3Object>(limit);
        ListObjectsV2Response response;
        do
        {
            response = await s3.ListObjectsV2Async(request);
            foreach (var item in response.S3Objects ?? [])
            {
                items.Add(item);
                if (items.Count == limit)
                {
                    return items;
                }
            }

            request.ContinuationToken = response.NextContinuationToken;
        }
        while (response.IsTruncated == true);

        return items;
    }
}
