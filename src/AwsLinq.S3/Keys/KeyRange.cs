namespace AwsLinq.S3.Keys;

/// <summary>
/// One listing of a key query: a span (a prefix or an exact key) and the key to start after, when the query's lower
/// bound falls inside the span.
/// </summary>
internal readonly record struct KeyRange(KeySpan Span, string? After)
{
    /// <summary>Gets the prefix to send, or <see langword="null"/> for the whole bucket.</summary>
    public string? Prefix => Span.Start.Length > 0 ? Span.Start : null;

    /// <summary>
    /// The spans to list, in key order: their items come out as one listing of the whole bucket would give them.
    /// A span whose keys all sort at or before <paramref name="after"/> is left out.
    /// </summary>
    public static IReadOnlyList<KeyRange> Of(KeySet keys, string? after)
    {
        var ranges = new List<KeyRange>();
        foreach (var span in keys.Spans)
        {
            var insideSpan = after is not null && span.IsPrefix && after.StartsWith(span.Start, StringComparison.Ordinal);
            if (after is null || Utf8Comparer.Instance.Compare(after, span.Start) < 0 || insideSpan)
            {
                ranges.Add(new KeyRange(span, insideSpan ? after : null));
            }
        }

        return ranges;
    }

    /// <summary>
    /// The listing of this range: for an exact key, listed as its prefix, only the items of that key are kept (it sorts
    /// before every longer key it is a prefix of, so they come first).
    /// </summary>
    public ListingSegment<TItem> Narrow<TItem>(ListingSegment<TItem> segment, Func<TItem, string> key)
    {
        var exact = Span.Start;
        return Span.IsPrefix ? segment : segment with { Accept = item => string.Equals(key(item), exact, StringComparison.Ordinal) };
    }
}
