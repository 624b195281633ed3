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
    private int _inFlight;
    private int _peakInFlight;
    private int _waiting;

    /// <summary>How many requests the server is handling right now, delays included.</summary>
    public int InFlight => Volatile.Read(ref _inFlight);

    /// <summary>How many requests are waiting out their latency or delay faults right now, each on a timer of the server's clock.</summary>
    public int Waiting => Volatile.Read(ref _waiting);

    /// <summary>
    /// The most requests the server was handling at once since it started or since <see cref="Clear"/>: with a
    /// latency, it shows how many of a client's requests were really in flight together.
    /// </summary>
    public int PeakInFlight => Volatile.Read(ref _peakInFlight);

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

    /// <summary>Forgets every request recorded so far, and starts <see cref="PeakInFlight"/> again from the requests in flight now.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _requests.Clear();
            Volatile.Write(ref _peakInFlight, InFlight);
        }
    }

    internal void Enter()
    {
        var now = Interlocked.Increment(ref _inFlight);
        int peak;
        while (now > (peak = Volatile.Read(ref _peakInFlight)) && Interlocked.CompareExchange(ref _peakInFlight, now, peak) != peak)
        {
        }
    }

    internal void Exit() => Interlocked.Decrement(ref _inFlight);

    internal void EnterWait() => Interlocked.Increment(ref _waiting);

    internal void ExitWait() => Interlocked.Decrement(ref _waiting);

    internal void Add(ServedRequest request)
    {
        lock (_gate)
        {
            _requests.Add(request);
        }
    }
}
