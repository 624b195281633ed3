using System.Xml;
using Amazon.S3;
using Amazon.S3.Model;

namespace AwsLinq.S3.Batch;

/// <summary>
/// Deletes a page of keys with one <c>DeleteObjects</c> call, sent without Quiet so that S3 names every key in its
/// answer: a key counts as deleted only when the answer says so. (A Quiet answer lists failures only, so an empty or
/// garbled one cannot be told apart from complete success.) Keys that XML 1.0 cannot carry, such as those with
/// control characters, go in the URL of a <c>DeleteObject</c> call each instead.
/// </summary>
internal static class ObjectDeleter
{
    public const int MaxKeys = 1000;

    public static async Task<BatchOutcome> DeleteAsync(IAmazonS3 client, string bucket, IReadOnlyList<S3Object> page, CancellationToken cancellationToken)
    {
        var inBody = page.Where(o => IsXmlText(o.Key)).Select(o => new KeyVersion { Key = o.Key }).ToList();
        var succeeded = new List<string>();
        var failed = new List<BatchFailure>();
        var calls = 0;
        if (inBody.Count > 0)
        {
            var request = new DeleteObjectsRequest { BucketName = bucket, Quiet = false, Objects = inBody };
            DeleteObjectsResponse? response;
            try
            {
                response = await client.DeleteObjectsAsync(request, cancellationToken).ConfigureAwait(false);
            }
            catch (DeleteObjectsException partial)
            {
                // The SDK throws when any key failed; its answer still names every key.
                response = partial.Response;
            }

            calls++;
            succeeded.AddRange((response?.DeletedObjects ?? []).Select(d => d.Key));
            failed.AddRange((response?.DeleteErrors ?? []).Select(e => new BatchFailure(e.Key, e.Code, e.Message)));
        }

        foreach (var key in page.Select(o => o.Key).Where(k => !IsXmlText(k)))
        {
            try
            {
                await client.DeleteObjectAsync(new DeleteObjectRequest { BucketName = bucket, Key = key }, cancellationToken).ConfigureAwait(false);
                calls++;
                succeeded.Add(key);
            }
            catch (AmazonS3Exception e)
            {
                calls++;
                failed.Add(new BatchFailure(key, e.ErrorCode ?? $"Http{(int)e.StatusCode}", e.Message));
            }
            catch (ArgumentException e)
            {
                // Refused by the SDK before anything was sent.
                failed.Add(new BatchFailure(key, "InvalidKey", $"The key cannot be sent to S3: {e.Message}"));
            }
        }

        return new BatchOutcome(succeeded, failed) { Calls = calls };
    }

    private static bool IsXmlText(string key)
    {
        for (var i = 0; i < key.Length; i++)
        {
            if (XmlConvert.IsXmlChar(key[i]))
            {
                continue;
            }

            if (i + 1 < key.Length && XmlConvert.IsXmlSurrogatePair(key[i + 1], key[i]))
            {
                i++;
                continue;
            }

            return false;
        }

        return true;
    }
}
