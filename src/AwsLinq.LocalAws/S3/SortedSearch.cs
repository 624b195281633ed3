namespace AwsLinq.LocalAws.S3;

/// <summary>Binary searches over objects sorted by the UTF-8 bytes of their keys.</summary>
internal static class SortedSearch
{
    private static readonly Utf8KeyComparer Order = Utf8KeyComparer.Instance;

    /// <summary>The first index whose key is at or after <paramref name="key"/>.</summary>
    public static int AtOrAfter(List<StoredObject> sorted, string key) =>
        FirstIndex(sorted, 0, k => Order.Compare(k, key) < 0);

    /// <summary>The first index whose key is strictly after <paramref name="key"/>.</summary>
    public static int After(List<StoredObject> sorted, string key) =>
        FirstIndex(sorted, 0, k => Order.Compare(k, key) <= 0);

    /// <summary>The index of <paramref name="key"/>, or -1.</summary>
    public static int IndexOf(List<StoredObject> sorted, string key)
    {
        var index = AtOrAfter(sorted, key);
        return index < sorted.Count && string.Equals(sorted[index].Key, key, StringComparison.Ordinal) ? index : -1;
    }

    /// <summary>The first index after every key that starts with <paramref name="prefix"/>.</summary>
    /// <remarks>Keys under one prefix are contiguous in byte order, starting where the prefix itself would sort.</remarks>
    public static int PastPrefix(List<StoredObject> sorted, string prefix) =>
        FirstIndex(sorted, AtOrAfter(sorted, prefix), k => k.StartsWith(prefix, StringComparison.Ordinal));

    /// <summary>The first index at or after <paramref name="from"/> whose key is no longer <paramref name="before"/>.</summary>
    private static int FirstIndex(List<StoredObject> sorted, int from, Func<string, bool> before)
    {
        int low = from, high = sorted.Count;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (before(sorted[middle].Key))
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
