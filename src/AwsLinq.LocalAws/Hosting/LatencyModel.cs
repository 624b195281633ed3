using AwsLinq.LocalAws.Faults;

namespace AwsLinq.LocalAws.Hosting;

/// <summary>
/// The delay every request waits before it is answered: a fixed latency plus a jitter drawn evenly from
/// [-jitter, +jitter], seeded, so that the n-th request of a run waits as long in every run with the same seed.
/// </summary>
internal sealed class LatencyModel(TimeSpan latency, TimeSpan jitter, int seed)
{
    private long _requests;

    public TimeSpan Next()
    {
        if (latency == TimeSpan.Zero && jitter == TimeSpan.Zero)
        {
            return TimeSpan.Zero;
        }

        var index = Interlocked.Increment(ref _requests) - 1;
        var spread = (SeededDraws.Unit(seed, "latency", index) * 2) - 1;
        var delay = latency + (jitter * spread);
        return delay < TimeSpan.Zero ? TimeSpan.Zero : delay;
    }
}
