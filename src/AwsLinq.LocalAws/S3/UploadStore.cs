namespace AwsLinq.LocalAws.S3;

/// <summary>
/// The multipart uploads in progress in one bucket, in the order ListMultipartUploads lists them: by the UTF-8 bytes
/// of their keys, then by when they were begun. Thread-safe.
/// </summary>
internal sealed class UploadStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, MultipartUpload> _byId = new(StringComparer.Ordinal);
    private List<MultipartUpload> _sorted = [];

    public void Add(IReadOnlyList<MultipartUpload> uploads)
    {
        lock (_gate)
        {
            foreach (var upload in uploads)
            {
                _byId.Add(upload.UploadId, upload);
            }

            var sorted = _byId.Values.ToList();
            sorted.Sort(Compare);
            _sorted = sorted;
        }
    }

    public MultipartUpload? Find(string uploadId, string key)
    {
        lock (_gate)
        {
            return _byId.TryGetValue(uploadId, out var upload) && string.Equals(upload.Key, key, StringComparison.Ordinal) ? upload : null;
        }
    }

    public bool Remove(MultipartUpload upload)
    {
        lock (_gate)
        {
            return _byId.Remove(upload.UploadId) && _sorted.Remove(upload);
        }
    }

    public bool Contains(string uploadId)
    {
        lock (_gate)
        {
            return _byId.ContainsKey(uploadId);
        }
    }

    public IReadOnlyList<MultipartUpload> All()
    {
        lock (_gate)
        {
            return _sorted;
        }
    }

    private static int Compare(MultipartUpload x, MultipartUpload y)
    {
        var byKey = Utf8KeyComparer.Instance.Compare(x.Key, y.Key);
        return byKey != 0 ? byKey : x.Initiated != y.Initiated ? x.Initiated.CompareTo(y.Initiated) : string.CompareOrdinal(x.UploadId, y.UploadId);
    }
}
