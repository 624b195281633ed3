namespace AwsLinq.LocalAws.Ec2.Resources;

/// <summary>
/// The records of one kind of resource in creation order, each with a sequence number that never changes, plus an index
/// by id. One lock guards all; records are immutable and replaced whole, so what leaves the lock never changes under a
/// reader. Pages start at a sequence number, so a token stays valid while records are added and deleted.
/// </summary>
internal sealed class ResourceTable<T>(ResourceKind<T> kind, string region, TimeProvider time) : ITagStore
    where T : class
{
    private readonly Lock _gate = new();
    private readonly List<(long Sequence, T Item)> _items = [];
    private readonly Dictionary<string, long> _index = new(StringComparer.Ordinal);
    private long _next;

    public ResourceKind<T> Kind => kind;

    /// <summary>Adds records atomically: either every one is valid and its id new, or nothing changes.</summary>
    /// <exception cref="ArgumentException">A record is invalid or an id repeats.</exception>
    public IReadOnlyList<T> Add(IReadOnlyList<T> records)
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            var taken = new HashSet<string>(StringComparer.Ordinal);
            var completed = new List<T>(records.Count);
            foreach (var given in records)
            {
                ArgumentNullException.ThrowIfNull(given, nameof(records));
                var id = kind.GivenId(given) ?? NewId(taken);
                if (!kind.IsWellFormed(id))
                {
                    throw new ArgumentException($"The {kind.Name} id '{id}' is malformed: expected '{kind.IdPrefix}-' and 8 or 17 lower-case hex digits.", nameof(records));
                }

                if (_index.ContainsKey(id) || !taken.Add(id))
                {
                    throw new ArgumentException($"The {kind.Name} id '{id}' is already taken.", nameof(records));
                }

                completed.Add(kind.Complete(given, new ResourceContext(id, region, now)));
            }

            foreach (var record in completed)
            {
                _index.Add(kind.Id(record), _next);
                _items.Add((_next++, record));
            }

            return completed;
        }
    }

    public IReadOnlyList<T> All()
    {
        lock (_gate)
        {
            return _items.Select(i => i.Item).ToList();
        }
    }

    public T? Find(string id)
    {
        lock (_gate)
        {
            return _index.TryGetValue(id, out var sequence) ? _items[Position(sequence)].Item : null;
        }
    }

    /// <summary>The ids of the list that name no record, in the order given, without repeats.</summary>
    public IReadOnlyList<string> Missing(IEnumerable<string> ids)
    {
        lock (_gate)
        {
            return ids.Where(id => !_index.ContainsKey(id)).Distinct(StringComparer.Ordinal).ToList();
        }
    }

    /// <summary>
    /// Computes every record's new version first, then stores them all, so a change that throws for one record (an
    /// <see cref="Ec2ErrorException"/>) changes none. Every id must exist.
    /// </summary>
    public void Update(IReadOnlyList<string> ids, Func<T, T> change)
    {
        lock (_gate)
        {
            var changed = ids.Distinct(StringComparer.Ordinal).Select(id => Position(_index[id])).Select(at => (At: at, Record: change(_items[at].Item))).ToList();
            foreach (var (at, record) in changed)
            {
                _items[at] = (_items[at].Sequence, record);
            }
        }
    }

    /// <summary>Removes the record after <paramref name="check"/> (which may throw an EC2 error) accepts it; <see langword="false"/> when there is none.</summary>
    public bool Remove(string id, Action<T> check)
    {
        lock (_gate)
        {
            if (!_index.TryGetValue(id, out var sequence))
            {
                return false;
            }

            var at = Position(sequence);
            check(_items[at].Item);
            _items.RemoveAt(at);
            _index.Remove(id);
            return true;
        }
    }

    /// <summary>
    /// The matching records from sequence number <paramref name="start"/> on, at most <paramref name="max"/> of them, and
    /// where the next page starts when more match; <see langword="null"/> when <paramref name="start"/> was never issued.
    /// </summary>
    public ResourcePage<T>? Page(Func<T, bool> matches, long start, int? max)
    {
        lock (_gate)
        {
            if (start < 0 || start > _next)
            {
                return null;
            }

            var page = new List<T>();
            var found = _items.BinarySearch((start, null!), BySequence.Instance);
            var from = found >= 0 ? found : ~found;
            for (var at = from; at < _items.Count; at++)
            {
                var (sequence, record) = _items[at];
                if (!matches(record))
                {
                    continue;
                }

                if (page.Count == max)
                {
                    return new ResourcePage<T>(page, sequence);
                }

                page.Add(record);
            }

            return new ResourcePage<T>(page, null);
        }
    }

    public string ResourceType => kind.Name;

    public bool Claims(string id) => id.StartsWith(kind.IdPrefix + "-", StringComparison.Ordinal);

    // CreateTags and DeleteTags answer a malformed id of these kinds with InvalidID, not the kind's Malformed error.
    public void Require(IReadOnlyList<string> ids)
    {
        if (ids.FirstOrDefault(id => !kind.IsWellFormed(id)) is { } malformed)
        {
            throw Ec2Errors.InvalidId(malformed);
        }

        if (Missing(ids) is { Count: > 0 } missing)
        {
            throw kind.NotFound(missing);
        }
    }

    public void UpdateTags(IReadOnlyList<string> ids, Func<IReadOnlyDictionary<string, string>, IReadOnlyDictionary<string, string>> change) =>
        Update(ids, record => kind.WithTags(record, change(kind.Tags(record))));

    public IEnumerable<(string Id, IReadOnlyDictionary<string, string> Tags)> AllTags() => All().Select(r => (kind.Id(r), kind.Tags(r)));

    private int Position(long sequence) => _items.BinarySearch((sequence, null!), BySequence.Instance);

    private string NewId(HashSet<string> taken)
    {
        while (true)
        {
            var id = ResourceIds.New(kind.IdPrefix);
            if (!_index.ContainsKey(id) && !taken.Contains(id))
            {
                return id;
            }
        }
    }

    private sealed class BySequence : IComparer<(long Sequence, T Item)>
    {
        public static BySequence Instance { get; } = new();

        public int Compare((long Sequence, T Item) x, (long Sequence, T Item) y) => x.Sequence.CompareTo(y.Sequence);
    }
}

/// <summary>One page of a listing: its records, and the sequence number the next page starts at when more match.</summary>
internal sealed record ResourcePage<T>(IReadOnlyList<T> Items, long? Next);
