using Amazon.S3;
using Amazon.S3.Model;
using AwsLinq.S3.Objects;

namespace AwsLinq.S3.Batch;

/// <summary>One <c>DeleteObjects</c> call in Quiet mode: S3 then answers only with the keys it refused.</summary>
internal static class ObjectDeleter
{
    public static async Task<BatchOutcome> DeleteAsync(S3ObjectResource resource, IReadOnlyList<S3Object> page, CancellationToken cancellationToken)
    {
        var request = new DeleteObjectsRequest
        {
            BucketName = resource.BucketName,
            Quiet = true,
            Objects = page.Select(o => new KeyVersion { Key = o.Key }).ToList(),
        };
        List<DeleteError> errors;
        try
        {
            var response = await resource.Client.DeleteObjectsAsync(request, cancellationToken).ConfigureAwait(false);
            errors = response.DeleteErrors ?? [];
        }
        catch (DeleteObjectsException partial)
        {
            // The SDK throws when any key failed; the keys it does not list as failed were deleted.
            errors = partial.Response?.DeleteErrors ?? [];
        }

        var failed = errors.Select(e => new BatchFailure(e.Key, e.Code, e.Message)).ToArray();
        var failedKeys = failed.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        return new BatchOutcome(page.Select(o => o.Key).Where(k => !failedKeys.Contains(k)).ToArray(), failed);
    }
}
