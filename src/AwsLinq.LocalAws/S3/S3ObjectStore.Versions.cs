namespace AwsLinq.LocalAws.S3;

/// <summary>Writes and deletes as a bucket's versioning state has them, and the lookups of one version.</summary>
internal sealed partial class S3ObjectStore
{
    /// <summary>
    /// Writes a new version of a key: with a new id while versioning is enabled, keeping the current object among the
    /// older versions; as the <c>null</c> version otherwise, replacing any <c>null</c> version the key had.
    /// </summary>
    /// <returns>The object as stored, with its version id.</returns>
    public StoredObject Write(StoredObject item, BucketVersioning versioning)
    {
        var written = item with { VersionId = versioning == BucketVersioning.Enabled ? VersionIds.New() : VersionIds.Null };
        lock (_gate)
        {
            if (versioning == BucketVersioning.Suspended)
            {
                _history.Remove(item.Key, VersionIds.Null);
            }

            KeepAsOlder(PutCurrent(written), versioning);
        }

        return written;
    }

    /// <summary>
    /// Deletes a key as DeleteObject without a version id does: it goes, when versioning was never enabled; otherwise
    /// a delete marker becomes its newest version (the <c>null</c> version, while suspended).
    /// </summary>
    /// <returns>The delete marker, or <see langword="null"/> in an unversioned bucket.</returns>
    public StoredObject? Delete(string key, BucketVersioning versioning, DateTimeOffset now)
    {
        lock (_gate)
        {
            var index = SortedSearch.IndexOf(_objects, key);
            StoredObject? current = null;
            if (index >= 0)
            {
                current = _objects[index];
                _objects.RemoveAt(index);
            }

            if (versioning == BucketVersioning.Unversioned)
            {
                return null;
            }

            var marker = StoredObject.DeleteMarker(key, versioning == BucketVersioning.Enabled ? VersionIds.New() : VersionIds.Null, now);
            if (versioning == BucketVersioning.Suspended)
            {
                _history.Remove(key, VersionIds.Null);
            }

            KeepAsOlder(current, versioning);
            _history.Push(marker);
            return marker;
        }
    }

    /// <summary>
    /// Deletes one version for good, as DeleteObject with a version id does; when it was the newest, the next newest
    /// becomes current (or, when that is a delete marker, the key reads as deleted).
    /// </summary>
    /// <returns>The version removed, or <see langword="null"/> when the key has no such version.</returns>
    public StoredObject? DeleteVersion(string key, string versionId)
    {
        lock (_gate)
        {
            var index = SortedSearch.IndexOf(_objects, key);
            if (index >= 0 && string.Equals(_objects[index].VersionId, versionId, StringComparison.Ordinal))
            {
                var current = _objects[index];
                _objects.RemoveAt(index);
                PromoteNewest(key);
                return current;
            }

            var removed = _history.Remove(key, versionId);
            if (index < 0)
            {
                PromoteNewest(key);
            }

            return removed;
        }
    }

    /// <summary>Replaces one version in place, current or older, as a change of its tags does.</summary>
    public void Replace(StoredObject version, StoredObject updated)
    {
        lock (_gate)
        {
            var index = SortedSearch.IndexOf(_objects, version.Key);
            if (index >= 0 && ReferenceEquals(_objects[index], version))
            {
                _objects[index] = updated;
            }
            else
            {
                _history.Replace(version, updated);
            }
        }
    }

    /// <summary>One version of a key, a delete marker included, or <see langword="null"/>.</summary>
    public StoredObject? FindVersion(string key, string versionId)
    {
        lock (_gate)
        {
            var index = SortedSearch.IndexOf(_objects, key);
            return index >= 0 && string.Equals(_objects[index].VersionId, versionId, StringComparison.Ordinal)
                ? _objects[index]
                : _history.Of(key).FirstOrDefault(v => string.Equals(v.VersionId, versionId, StringComparison.Ordinal));
        }
    }

    /// <summary>The newest version of a key: its current object, or the delete marker that hides the older ones.</summary>
    public StoredObject? Newest(string key)
    {
        lock (_gate)
        {
            var index = SortedSearch.IndexOf(_objects, key);
            return index >= 0 ? _objects[index] : _history.Newest(key);
        }
    }

    // While suspended, the replaced null version is gone for good; any other replaced version is kept.
    private void KeepAsOlder(StoredObject? replaced, BucketVersioning versioning)
    {
        if (replaced is not null
            && versioning != BucketVersioning.Unversioned
            && !(versioning == BucketVersioning.Suspended && string.Equals(replaced.VersionId, VersionIds.Null, StringComparison.Ordinal)))
        {
            _history.Push(replaced);
        }
    }

    private void PromoteNewest(string key)
    {
        if (_history.Newest(key) is { IsDeleteMarker: false } newest)
        {
            _history.Remove(key, newest.VersionId);
            PutCurrent(newest);
        }
    }

    /// <summary>A page of versions and delete markers, as ListObjectVersions lists them.</summary>
    public VersionPage ListVersions(string prefix, string? delimiter, string? keyMarker, string? versionIdMarker, int maxKeys)
    {
        lock (_gate)
        {
            return VersionListing.Page(_objects, _history, prefix, delimiter, keyMarker, versionIdMarker, maxKeys);
        }
    }
}
