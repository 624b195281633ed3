namespace AwsLinq.LocalAws.S3;

/// <summary>
/// The objects of one bucket in a list kept sorted by the UTF-8 bytes of their keys, so that a listing
/// finds where to start, and skips a rolled-up common prefix, by binary search. The versions that are not current live
/// beside them, in a <see cref="VersionHistory"/>. Thread-safe.
/// </summary>
internal sealed partial class S3ObjectStore
{
    private readonly Lock _gate = new();
    private readonly VersionHistory _history = new();
    private List<StoredObject> _objects = [];

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _objects.Count;
            }
        }
    }

    /// <summary>Whether the bucket holds neither objects nor older versions and delete markers, so that it can be deleted.</summary>
    public bool IsEmpty
    {
        get
        {
            lock (_gate)
            {
                return _objects.Count == 0 && _history.KeyCount == 0;
            }
        }
    }

    /// <summary>Replaces the current object in place, keeping its version: for seeding and for tag changes.</summary>
    public void Put(StoredObject item)
    {
        lock (_gate)
        {
            PutCurrent(item);
        }
    }

    /// <summary>Makes <paramref name="item"/> the current object of its key and returns the one it replaced.</summary>
    private StoredObject? PutCurrent(StoredObject item)
    {
        var index = SortedSearch.AtOrAfter(_objects, item.Key);
        if (index < _objects.Count && string.Equals(_objects[index].Key, item.Key, StringComparison.Ordinal))
        {
            var replaced = _objects[index];
            _objects[index] = item;
            return replaced;
        }

        _objects.Insert(index, item);
        return null;
    }

    /// <summary>Adds many objects with one sort; a later object replaces an earlier one with the same key.</summary>
    public void Seed(IReadOnlyList<StoredObject> items)
    {
        lock (_gate)
        {
            var byKey = new Dictionary<string, StoredObject>(_objects.Count + items.Count, StringComparer.Ordinal);
            foreach (var item in _objects.Concat(items))
            {
                byKey[item.Key] = item;
            }

            var sorted = byKey.Values.ToList();
            sorted.Sort((x, y) => Utf8KeyComparer.Instance.Compare(x.Key, y.Key));
            _objects = sorted;
        }
    }

    public StoredObject? Find(string key)
    {
        lock (_gate)
        {
            var index = SortedSearch.IndexOf(_objects, key);
            return index < 0 ? null : _objects[index];
        }
    }

    public bool Remove(string key)
    {
        lock (_gate)
        {
            var index = SortedSearch.IndexOf(_objects, key);
            if (index >= 0)
            {
                _objects.RemoveAt(index);
            }

            return index >= 0;
        }
    }

    public IReadOnlyList<LocalS3Object> All()
    {
        lock (_gate)
        {
            return _objects.ConvertAll(o => o.Info);
        }
    }

    public ObjectPage List(string prefix, string? delimiter, ListCursor? after, int maxKeys)
    {
        lock (_gate)
        {
            return ObjectListing.Page(_objects, prefix, delimiter, after, maxKeys);
        }
    }
}
