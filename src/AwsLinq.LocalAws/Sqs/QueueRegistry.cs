namespace AwsLinq.LocalAws.Sqs;

/// <summary>The queues of one endpoint by name, in ordinal name order. Thread-safe.</summary>
internal sealed class QueueRegistry
{
    private readonly Lock _gate = new();
    private readonly SortedDictionary<string, SqsQueue> _queues = new(StringComparer.Ordinal);

    public SqsQueue? Find(string name)
    {
        lock (_gate)
        {
            return _queues.GetValueOrDefault(name);
        }
    }

    public SqsQueue? FindByArn(string arn) =>
        Find(arn[(arn.LastIndexOf(':') + 1)..]) is { } queue && string.Equals(queue.Arn, arn, StringComparison.Ordinal) ? queue : null;

    /// <summary>A snapshot of the queues in name order.</summary>
    public IReadOnlyList<SqsQueue> All()
    {
        lock (_gate)
        {
            return [.. _queues.Values];
        }
    }

    /// <summary>Adds the queue, or returns the one already registered under its name.</summary>
    public SqsQueue GetOrAdd(SqsQueue queue)
    {
        lock (_gate)
        {
            return _queues.TryAdd(queue.Name, queue) ? queue : _queues[queue.Name];
        }
    }

    /// <summary>Adds all the queues or, when one's name is taken or repeats, none; returns that name.</summary>
    public string? TryAddAll(IReadOnlyList<SqsQueue> queues)
    {
        lock (_gate)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            if (queues.FirstOrDefault(q => _queues.ContainsKey(q.Name) || !seen.Add(q.Name)) is { } clash)
            {
                return clash.Name;
            }

            foreach (var queue in queues)
            {
                _queues.Add(queue.Name, queue);
            }

            return null;
        }
    }

    public bool Remove(string name)
    {
        lock (_gate)
        {
            return _queues.Remove(name);
        }
    }

    /// <summary>Removes this very queue: a request that found it must not delete a namesake created since.</summary>
    public bool Remove(SqsQueue queue)
    {
        lock (_gate)
        {
            return _queues.TryGetValue(queue.Name, out var current) && ReferenceEquals(current, queue) && _queues.Remove(queue.Name);
        }
    }
}
