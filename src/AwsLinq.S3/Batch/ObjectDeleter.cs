using System.Xml;
using Amazon.S3;
using Amazon.S3.Model;

namespace AwsLinq.S3.Batch;

/// <summary>
/// Deletes a page of keys, or of versions, with one <c>DeleteObjects</c> call, sent without Quiet so that S3 names every
/// key in its answer: a key counts as deleted only when the answer says so. (A Quiet answer lists failures only, so an
/// empty or garbled one cannot be told apart from complete success.) Keys that XML 1.0 cannot carry, such as those
/// with control characters, go in the URL of a <c>DeleteObject</c> call each instead.
/// </summary>
internal static class ObjectDeleter
{
    public const int MaxKeys = 1000;

    /// <summary>
    /// The declaration of a delete of the items a bucket listing selects, each item naming what goes and, in a listing
    /// of several buckets, which bucket it is in: each call then deletes from one bucket.
    /// </summary>
    public static PagedBatchAction<TResource, TItem> Action<TResource, TItem>(
        string command, string summary, string noun, string mode, Func<TItem, ObjectTarget> target, Func<TItem, string> bucketOf)
        where TResource : AwsResource<TItem>, IBucketResource
        where TItem : class => new()
    {
        Operation = "DeleteObjects",
        Command = command,
        Summary = summary,
        Id = item => target(item).Id,
        IdNoun = noun,
        MaxPerCall = MaxKeys,
        Mode = mode,
        Scope = resource => resource.BucketNames.Count > 1 ? bucketOf : null,
        Call = (resource, page, _, _, cancellationToken) =>
            DeleteAsync(resource.Client, resource.BucketNames is [var only] ? only : bucketOf(page[0]), page.Select(target).ToList(), cancellationToken),
    };

    public static async Task<BatchOutcome> DeleteAsync(IAmazonS3 client, string bucket, IReadOnlyList<ObjectTarget> page, CancellationToken cancellationToken)
    {
        var inBody = page.Where(t => IsXmlText(t.Key)).Select(t => new KeyVersion { Key = t.Key, VersionId = t.VersionId }).ToList();

        // An answer names a version only when one was asked for: a key's delete marker is not the version deleted.
        var versioned = page.Any(t => t.VersionId is not null);
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
            succeeded.AddRange((response?.DeletedObjects ?? []).Select(d => Id(d.Key, d.VersionId, versioned)));
            failed.AddRange((response?.DeleteErrors ?? []).Select(e => new BatchFailure(Id(e.Key, e.VersionId, versioned), e.Code, e.Message)));
        }

        foreach (var target in page.Where(t => !IsXmlText(t.Key)))
        {
            try
            {
                var request = new DeleteObjectRequest { BucketName = bucket, Key = target.Key, VersionId = target.VersionId };
                await client.DeleteObjectAsync(request, cancellationToken).ConfigureAwait(false);
                calls++;
                succeeded.Add(target.Id);
            }
            catch (AmazonS3Exception e)
            {
                calls++;
                failed.Add(new BatchFailure(target.Id, e.ErrorCode ?? $"Http{(int)e.StatusCode}", e.Message));
            }
            catch (ArgumentException e)
            {
                // Refused by the SDK before anything was sent.
                failed.Add(new BatchFailure(target.Id, "InvalidKey", $"The key cannot be sent to S3: {e.Message}"));
            }
        }

        return new BatchOutcome(succeeded, failed) { Calls = calls };
    }

    private static string Id(string key, string? versionId, bool versioned) => new ObjectTarget(key, versioned ? versionId : null).Id;

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
