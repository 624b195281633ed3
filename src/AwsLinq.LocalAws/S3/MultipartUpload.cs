namespace AwsLinq.LocalAws.S3;

/// <summary>An upload begun by CreateMultipartUpload and not yet completed or aborted, with the parts it has. Thread-safe.</summary>
internal sealed class MultipartUpload(string key, string uploadId, DateTimeOffset initiated, string contentType, string? contentEncoding, IReadOnlyDictionary<string, string> metadata)
{
    private readonly Lock _gate = new();
    private readonly SortedDictionary<int, UploadedPart> _parts = [];

    public string Key { get; } = key;

    public string UploadId { get; } = uploadId;

    public DateTimeOffset Initiated { get; } = initiated;

    public string ContentType { get; } = contentType;

    public string? ContentEncoding { get; } = contentEncoding;

    public IReadOnlyDictionary<string, string> Metadata { get; } = metadata;

    /// <summary>Stores a part; one uploaded again under the same number replaces the earlier one, as in S3.</summary>
    public void Put(UploadedPart part)
    {
        lock (_gate)
        {
            _parts[part.PartNumber] = part;
        }
    }

    public UploadedPart? Find(int partNumber)
    {
        lock (_gate)
        {
            return _parts.GetValueOrDefault(partNumber);
        }
    }

    /// <summary>The parts in part number order.</summary>
    public IReadOnlyList<UploadedPart> Parts()
    {
        lock (_gate)
        {
            return [.. _parts.Values];
        }
    }

    public LocalS3Upload Info => new(Key, Initiated, UploadId);
}

/// <summary>One part of a multipart upload: its bytes and the quoted MD5 ETag UploadPart answered.</summary>
internal sealed record UploadedPart(int PartNumber, byte[] Content, string ETag, DateTimeOffset LastModified);
