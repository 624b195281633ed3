namespace AwsLinq.LocalAws.S3;

/// <summary>The ListObjectsV2 page algorithm over a sorted snapshot: prefix, resume point, delimiter roll-up.</summary>
internal static class ObjectListing
{
    /// <summary>At most <paramref name="maxKeys"/> keys and common prefixes together, each prefix counting once.</summary>
    public static ObjectPage Page(List<StoredObject> sorted, string prefix, string? delimiter, ListCursor? after, int maxKeys)
    {
        var contents = new List<LocalS3Object>();
        var commonPrefixes = new List<string>();
        ListCursor? last = null;
        var index = Resume(sorted, prefix, after);
        while (index < sorted.Count && contents.Count + commonPrefixes.Count < maxKeys)
        {
            var item = sorted[index];
            if (!item.Key.StartsWith(prefix, StringComparison.Ordinal))
            {
                break;
            }

            if (CommonPrefixOf(item.Key, prefix, delimiter) is { } common)
            {
                commonPrefixes.Add(common);
                last = ListCursor.AfterPrefix(common);
                index = SortedSearch.PastPrefix(sorted, common);
            }
            else
            {
                contents.Add(item.Info);
                last = ListCursor.AfterKey(item.Key);
                index++;
            }
        }

        // With max-keys=0 nothing is returned, so there is nothing to resume after: S3 reports it untruncated.
        var truncated = maxKeys > 0
            && index < sorted.Count
            && sorted[index].Key.StartsWith(prefix, StringComparison.Ordinal);
        return new ObjectPage(contents, commonPrefixes, last, truncated);
    }

    private static int Resume(List<StoredObject> sorted, string prefix, ListCursor? after)
    {
        var index = SortedSearch.AtOrAfter(sorted, prefix);
        if (after is not { } cursor)
        {
            return index;
        }

        var resume = cursor.IsCommonPrefix
            ? SortedSearch.PastPrefix(sorted, cursor.Value)
            : SortedSearch.After(sorted, cursor.Value);
        return Math.Max(index, resume);
    }

    /// <summary>The common prefix a delimiter rolls a key up into, or <see langword="null"/>.</summary>
    public static string? CommonPrefixOf(string key, string prefix, string? delimiter)
    {
        if (string.IsNullOrEmpty(delimiter))
        {
            return null;
        }

        var at = key.IndexOf(delimiter, prefix.Length, StringComparison.Ordinal);
        return at < 0 ? null : key[..(at + delimiter.Length)];
    }
}
