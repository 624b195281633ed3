namespace AwsLinq.S3.Keys;

/// <summary>A prefix (every key that starts with <see cref="Start"/>) or one exact key.</summary>
internal readonly record struct KeySpan(string Start, bool IsPrefix)
{
    public bool Covers(KeySpan other) => IsPrefix && other.Start.StartsWith(Start, StringComparison.Ordinal) && (other != this);

    public KeySpan? Intersect(KeySpan other) => (IsPrefix, other.IsPrefix) switch
    {
        (true, true) when other.Start.StartsWith(Start, StringComparison.Ordinal) => other,
        (true, true) when Start.StartsWith(other.Start, StringComparison.Ordinal) => this,
        (true, false) when other.Start.StartsWith(Start, StringComparison.Ordinal) => other,
        (false, true) when Start.StartsWith(other.Start, StringComparison.Ordinal) => this,
        (false, false) when string.Equals(Start, other.Start, StringComparison.Ordinal) => this,
        _ => null,
    };
}

/// <summary>
/// The keys a query can match, as disjoint spans in S3's listing order. Listing the spans one after
/// another yields keys in the same order as one listing of the whole bucket would.
/// </summary>
internal sealed class KeySet
{
    private KeySet(IReadOnlyList<KeySpan> spans) => Spans = spans;

    public static KeySet All { get; } = new([new KeySpan(string.Empty, true)]);

    public IReadOnlyList<KeySpan> Spans { get; }

    public static KeySet Of(IEnumerable<KeySpan> spans)
    {
        var distinct = spans.Distinct().ToList();

        // A prefix contains every longer prefix and key that starts with it: keep the prefix alone.
        var kept = distinct.Where(s => !distinct.Any(other => other.Covers(s))).ToList();
        kept.Sort((a, b) => Utf8Comparer.Instance.Compare(a.Start, b.Start));
        return new KeySet(kept);
    }

    public KeySet Intersect(KeySet other) =>
        Of(Spans.SelectMany(a => other.Spans.Select(a.Intersect)).OfType<KeySpan>());

    public KeySet Union(KeySet other) => Of(Spans.Concat(other.Spans));
}
