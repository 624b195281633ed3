namespace AwsLinq.LocalAws.Faults;

/// <summary>
/// Replayable coin flips: the n-th request a rule sees is hit or not by a hash of the seed, the rule and n alone, so
/// the same seed gives the same faults on the same sequence of requests, whatever other operations do meanwhile.
/// </summary>
internal static class SeededDraws
{
    /// <summary>A number in [0, 1) for draw <paramref name="index"/> of the stream <paramref name="stream"/>.</summary>
    public static double Unit(int seed, string stream, long index)
    {
        var mixed = SplitMix((ulong)(uint)seed ^ (Fnv1A(stream) * 0x9E3779B97F4A7C15UL) ^ SplitMix((ulong)index));
        return (mixed >> 11) * (1.0 / (1UL << 53));
    }

    private static ulong SplitMix(ulong value)
    {
        value += 0x9E3779B97F4A7C15UL;
        value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9UL;
        value = (value ^ (value >> 27)) * 0x94D049BB133111EBUL;
        return value ^ (value >> 31);
    }

    // string.GetHashCode differs from process to process; a replay needs the same number every run.
    private static ulong Fnv1A(string text)
    {
        var hash = 0xcbf29ce484222325UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 0x100000001b3UL;
        }

        return hash;
    }
}
