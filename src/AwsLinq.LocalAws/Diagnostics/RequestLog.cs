namespace AwsLinq.LocalAws;

/// <summary>
/// The requests a <see cref="LocalAwsServer"/> has served, in the order it answered them. Thread-safe.
/// </summary>
/// <remarks>
/// A request is recorded before its response is sent, so once an SDK call returns, its request is in the log.
/// </remarks>
public sealed class RequestLog
{
    private readonly Lock _gate = new();
    private readonly List<ServedRequest> _requests = [];

    /// <summary>Returns a copy of every request served so far, in the order served.</summary>
    /// <returns>The requests, oldest first.</returns>
    public IReadOnlyList<ServedRequest> Snapshot()
    {
        lock (_gate)
        {
            return [.. _requests];
        }
    }

    /// <summary>Returns the requests served for one service, optionally narrowed to one operation and one bucket.</summary>
    /// <param name="service">The service name, compared ignoring case: <c>"s3"</c>.</param>
    /// <param name="operation">The AWS operation name, for example <c>"ListObjectsV2"</c>; <see langword="null"/> for all.</param>
    /// <param name="bucket">The bucket name; <see langword="null"/> for all.</param>
    /// <returns>The matching requests, oldest first.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="service"/> is <see langword="null"/>.</exception>
    public IReadOnlyList<ServedRequest> For(string service, string? operation = null, string? bucket = null)
    {
        ArgumentNullException.ThrowIfNull(service);
        return Snapshot()
            .Where(r => string.Equals(r.Service, service, StringComparison.OrdinalIgnoreCase))
            .Where(r => operation is null || string.Equals(r.Operation, operation, StringComparison.Ordinal))
            .Where(r => bucket is null || string.Equals(r.Bucket, bucket, StringComparison.Ordinal))
            .ToList();
    }

    /// <summary>Forgets every request recorded so far.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _requests.Clear();
        }
    }

    internal void Add(ServedRequest request)
    {
        lock (_gate)
        {
            _requests.Add(request);
        }
    }
}
