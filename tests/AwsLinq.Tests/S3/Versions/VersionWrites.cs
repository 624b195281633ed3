using Amazon.S3;
using Amazon.S3.Model;

namespace AwsLinq.Tests.S3.Versions;

/// <summary>Builds a bucket's version history over HTTP, as an application would: writes and deletes, versioning on.</summary>
public static class VersionWrites
{
    /// <summary>
    /// Writes <paramref name="unversioned"/> first (they become <c>null</c> versions), enables versioning, then plays
    /// <paramref name="steps"/> in order: a key alone is a write of a new version, <c>-key</c> a delete, which adds a
    /// delete marker.
    /// </summary>
    public static async Task WriteAsync(IAmazonS3 client, string bucket, IEnumerable<string> unversioned, IEnumerable<string> steps)
    {
        var written = 0;
        foreach (var key in unversioned)
        {
            await PutAsync(client, bucket, key, written++);
        }

        await client.PutBucketVersioningAsync(new PutBucketVersioningRequest
        {
            BucketName = bucket,
            VersioningConfig = new S3BucketVersioningConfig { Status = VersionStatus.Enabled },
        });
        foreach (var step in steps)
        {
            if (step.StartsWith('-'))
            {
                await client.DeleteObjectAsync(bucket, step[1..]);
            }
            else
            {
                await PutAsync(client, bucket, step, written++);
            }
        }
    }

    /// <summary>Every version and delete marker, read by plain SDK paging.</summary>
    public static async Task<IReadOnlyList<S3ObjectVersion>> ListAllAsync(IAmazonS3 client, string bucket)
    {
        var all = new List<S3ObjectVersion>();
        var request = new ListVersionsRequest { BucketName = bucket };
        ListVersionsResponse response;
        do
        {
            response = await client.ListVersionsAsync(request);
            all.AddRange(response.Versions ?? []);
            (request.KeyMarker, request.VersionIdMarker) = (response.NextKeyMarker, response.NextVersionIdMarker);
        }
        while (response.IsTruncated == true);
        return all;
    }

    // Each version's size tells it apart: the n-th write holds n + 1 bytes.
    private static Task PutAsync(IAmazonS3 client, string bucket, string key, int n) =>
        client.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = key, ContentBody = new string('v', n + 1) });
}
