using Amazon.S3.Model;
using AwsLinq.S3.Uploads;

namespace AwsLinq;

/// <summary>Batch actions on the multipart uploads an S3 query selects.</summary>
public static class MultipartUploadBatchActions
{
    // S3 has no batch call for uploads; it throttles per prefix well above this.
    private const int MaxConcurrentCalls = 8;

    /// <summary>
    /// Gets the declaration of <see cref="AbortAllAsync"/>: <c>AbortMultipartUpload</c> per upload, a few at once. Items
    /// are reported as <c>key?uploadId=id</c>; an upload already gone (<c>NoSuchUpload</c>) counts as aborted.
    /// </summary>
    public static BatchAction<MultipartUpload> Abort { get; } = new ItemBatchAction<S3UploadResource, MultipartUpload>
    {
        Operation = "AbortMultipartUpload",
        Command = "abort-uploads",
        Summary = "Abort the selected multipart uploads, freeing the storage of their parts (AbortMultipartUpload).",
        Id = u => $"{u.Key}?uploadId={u.UploadId}",
        ItemNoun = "upload",
        MaxConcurrency = _ => MaxConcurrentCalls,
        Call = (resource, upload, _, _, cancellationToken) => resource.Client.AbortMultipartUploadAsync(
            new AbortMultipartUploadRequest { BucketName = resource.BucketName, Key = upload.Key, UploadId = upload.UploadId }, cancellationToken),
        AlreadyDone = new HashSet<string>(StringComparer.Ordinal) { "NoSuchUpload" },
    };

    /// <summary>
    /// Aborts every multipart upload the query selects, with one <c>AbortMultipartUpload</c> call per upload, at most
    /// eight at once, as the listing proceeds. S3 then frees the storage of the uploads' parts (a part still being
    /// uploaded may need a second abort). An upload S3 refuses is recorded as failed and the action goes on; one
    /// already gone counts as aborted. Try it with <see cref="BatchOptions.DryRun"/> first, which lists what would be
    /// aborted and sends nothing.
    /// </summary>
    /// <param name="uploads">An AwsLinq upload query, such as <c>s3.MultipartUploads("media").Where(u =&gt; u.Initiated &lt; cutoff)</c>.</param>
    /// <param name="options">Set <see cref="BatchOptions.DryRun"/> to list what would be aborted.</param>
    /// <param name="cancellationToken">Stops the listing, and the action before its next call; a call already sent is let finish so that the result can say what it did.</param>
    /// <returns>Every upload aborted (or that would be), as <c>key?uploadId=id</c>, and every upload S3 refused.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="uploads"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="uploads"/> is not an AwsLinq upload query.</exception>
    /// <exception cref="BatchActionCanceledException">Cancelled; its result says which uploads were already aborted.</exception>
    /// <exception cref="BatchActionException">An error other than a refusal stopped the action after it had made calls.</exception>
    [BatchAction(nameof(Abort))]
    public static Task<BatchResult> AbortAllAsync(this IQueryable<MultipartUpload> uploads, BatchOptions? options = null, CancellationToken cancellationToken = default) =>
        Abort.RunAsync(uploads, null, options, cancellationToken);
}
