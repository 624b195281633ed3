namespace AwsLinq.LocalAws.S3;

/// <summary>
/// The versions of each key that are not its current object: older versions and delete markers, newest first. When a
/// key has no current object and some history, the newest entry is a delete marker. Not thread-safe:
/// <see cref="S3ObjectStore"/> calls it under its lock.
/// </summary>
internal sealed class VersionHistory
{
    private readonly SortedList<string, List<StoredObject>> _byKey = new(Utf8KeyComparer.Instance);

    public int KeyCount => _byKey.Count;

    public string KeyAt(int index) => _byKey.Keys[index];

    public IReadOnlyList<StoredObject> Of(string key) => _byKey.TryGetValue(key, out var versions) ? versions : [];

    public StoredObject? Newest(string key) => _byKey.TryGetValue(key, out var versions) ? versions[0] : null;

    /// <summary>The first index whose key is at or after <paramref name="key"/>.</summary>
    public int AtOrAfter(string key)
    {
        int low = 0, high = _byKey.Count;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (Utf8KeyComparer.Instance.Compare(_byKey.Keys[middle], key) < 0)
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

    public void Push(StoredObject version)
    {
        if (!_byKey.TryGetValue(version.Key, out var versions))
        {
            _byKey.Add(version.Key, versions = []);
        }

        versions.Insert(0, version);
    }

    public void Replace(StoredObject version, StoredObject updated)
    {
        if (_byKey.TryGetValue(version.Key, out var versions) && versions.IndexOf(version) is >= 0 and var index)
        {
            versions[index] = updated;
        }
    }

    /// <summary>Removes one version by id and returns it, or <see langword="null"/> when the key has no such version.</summary>
    public StoredObject? Remove(string key, string versionId)
    {
        if (!_byKey.TryGetValue(key, out var versions))
        {
            return null;
        }

        var index = versions.FindIndex(v => string.Equals(v.VersionId, versionId, StringComparison.Ordinal));
        if (index < 0)
        {
            return null;
        }

        var removed = versions[index];
        versions.RemoveAt(index);
        if (versions.Count == 0)
        {
            _byKey.Remove(key);
        }

        return removed;
    }
}
