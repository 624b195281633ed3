namespace AwsLinq.Translation;

/// <summary>
/// An ordering key that sorts by the comparer the query gave: <c>OrderBy(o =&gt; o.Key, StringComparer.OrdinalIgnoreCase)</c>
/// becomes <c>OrderBy(o =&gt; ComparerKey.Create(o.Key, comparer))</c>, which re-linq can parse and the in-memory
/// sort orders through <see cref="IComparable"/>.
/// </summary>
internal static class ComparerKey
{
    public static ComparerKey<TKey> Create<TKey>(TKey value, IComparer<TKey>? comparer) => new(value, comparer ?? Comparer<TKey>.Default);
}

/// <summary>A key and the comparer that orders it.</summary>
internal sealed class ComparerKey<TKey>(TKey value, IComparer<TKey> comparer) : IComparable
{
    public TKey Value { get; } = value;

    public int CompareTo(object? obj) => obj is ComparerKey<TKey> other ? comparer.Compare(Value, other.Value) : 1;
}
