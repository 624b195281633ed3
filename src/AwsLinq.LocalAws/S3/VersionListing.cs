namespace AwsLinq.LocalAws.S3;

/// <summary>
/// The ListObjectVersions page algorithm: the keys of the current objects and of the history merged in UTF-8 order,
/// each key's versions newest first, resumed after a key (every version of it) or after one version of a key.
/// </summary>
internal static class VersionListing
{
    public static VersionPage Page(
        List<StoredObject> current, VersionHistory history, string prefix, string? delimiter, string? keyMarker, string? versionIdMarker, int maxKeys)
    {
        var versions = new List<(StoredObject, bool)>();
        var prefixes = new List<string>();
        (string Key, string? VersionId)? last = null;
        var truncated = false;
        var start = keyMarker is not null && Utf8KeyComparer.Instance.Compare(keyMarker, prefix) > 0 ? keyMarker : prefix;
        foreach (var (key, item, older) in Keys(current, history, start))
        {
            if (!key.StartsWith(prefix, StringComparison.Ordinal))
            {
                break;
            }

            // A marker that is a common prefix already returned skips every key under it.
            if (keyMarker is not null && delimiter is not null && keyMarker.EndsWith(delimiter, StringComparison.Ordinal)
                && key.StartsWith(keyMarker, StringComparison.Ordinal))
            {
                continue;
            }

            if (ObjectListing.CommonPrefixOf(key, prefix, delimiter) is { } common)
            {
                if (prefixes.Count > 0 && string.Equals(prefixes[^1], common, StringComparison.Ordinal))
                {
                    continue;
                }

                if (versions.Count + prefixes.Count == maxKeys)
                {
                    truncated = maxKeys > 0;
                    break;
                }

                prefixes.Add(common);
                last = (common, null);
                continue;
            }

            var all = item is null ? older : [item, .. older];
            var from = Resume(all, key, keyMarker, versionIdMarker);
            for (var i = from; i < all.Count; i++)
            {
                if (versions.Count + prefixes.Count == maxKeys)
                {
                    truncated = maxKeys > 0;
                    break;
                }

                versions.Add((all[i], i == 0));
                last = (key, all[i].VersionId);
            }

            if (truncated)
            {
                break;
            }
        }

        return new VersionPage(versions, prefixes, truncated, truncated ? last?.Key : null, truncated ? last?.VersionId : null);
    }

    // The marker's key: without a version id marker, all of it was listed; with one, the versions after it remain.
    private static int Resume(IReadOnlyList<StoredObject> versions, string key, string? keyMarker, string? versionIdMarker)
    {
        if (!string.Equals(key, keyMarker, StringComparison.Ordinal))
        {
            return 0;
        }

        if (versionIdMarker is null)
        {
            return versions.Count;
        }

        for (var i = 0; i < versions.Count; i++)
        {
            if (string.Equals(versions[i].VersionId, versionIdMarker, StringComparison.Ordinal))
            {
                return i + 1;
            }
        }

        return versions.Count;
    }

    /// <summary>Every key at or after <paramref name="start"/>, with its current object (if any) and its older versions.</summary>
    private static IEnumerable<(string Key, StoredObject? Current, IReadOnlyList<StoredObject> Older)> Keys(
        List<StoredObject> current, VersionHistory history, string start)
    {
        var i = SortedSearch.AtOrAfter(current, start);
        var j = history.AtOrAfter(start);
        while (i < current.Count || j < history.KeyCount)
        {
            var order = i == current.Count ? 1 : j == history.KeyCount ? -1 : Utf8KeyComparer.Instance.Compare(current[i].Key, history.KeyAt(j));
            if (order < 0)
            {
                yield return (current[i].Key, current[i], []);
                i++;
            }
            else if (order > 0)
            {
                var key = history.KeyAt(j++);
                yield return (key, null, history.Of(key));
            }
            else
            {
                var key = history.KeyAt(j++);
                yield return (key, current[i++], history.Of(key));
            }
        }
    }
}
