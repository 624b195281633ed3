using AwsLinq.LocalAws.Ec2.Resources;

namespace AwsLinq.LocalAws.Ec2;

/// <summary>
/// Reservations in creation order, each an array of instances, plus an index by instance id. One lock guards all;
/// instances are immutable records replaced whole, so what leaves the lock never changes under a reader.
/// </summary>
internal sealed class InstanceStore(string region, TimeProvider time)
{
    private readonly Lock _gate = new();
    private readonly List<(string Id, LocalEc2Instance[] Instances)> _reservations = [];
    private readonly Dictionary<string, (int Reservation, int Position)> _index = new(StringComparer.Ordinal);

    /// <summary>Adds reservations atomically: either every instance is valid and new, or nothing changes.</summary>
    /// <exception cref="ArgumentException">An instance is invalid, an id repeats, or a reservation is empty.</exception>
    public IReadOnlyList<ReservationSlice> Add(IReadOnlyList<IReadOnlyList<LocalEc2Instance>> reservations)
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            var taken = new HashSet<string>(StringComparer.Ordinal);
            var completed = new List<(string Id, LocalEc2Instance[] Instances)>(reservations.Count);
            long ordinal = _index.Count;
            foreach (var reservation in reservations)
            {
                if (reservation.Count == 0)
                {
                    throw new ArgumentException("A reservation holds at least one instance.", nameof(reservations));
                }

                var instances = new LocalEc2Instance[reservation.Count];
                for (var i = 0; i < instances.Length; i++)
                {
                    var given = reservation[i] ?? throw new ArgumentNullException(nameof(reservations), "An instance is null.");
                    var id = given.InstanceId ?? NewId(taken);
                    if (_index.ContainsKey(id) || !taken.Add(id))
                    {
                        throw new ArgumentException($"Instance id '{id}' is already taken.", nameof(reservations));
                    }

                    instances[i] = InstanceDefaults.Complete(given, id, region, ordinal++, now);
                }

                completed.Add((InstanceIds.NewReservationId(), instances));
            }

            foreach (var reservation in completed)
            {
                for (var i = 0; i < reservation.Instances.Length; i++)
                {
                    _index.Add(reservation.Instances[i].InstanceId!, (_reservations.Count, i));
                }

                _reservations.Add(reservation);
            }

            return completed.Select(r => new ReservationSlice(r.Id, LocalEc2.AccountId, [.. r.Instances])).ToList();
        }
    }

    public IReadOnlyList<LocalEc2Instance> All()
    {
        lock (_gate)
        {
            return _reservations.SelectMany(r => r.Instances).ToList();
        }
    }

    public LocalEc2Instance? Find(string id)
    {
        lock (_gate)
        {
            return _index.TryGetValue(id, out var at) ? _reservations[at.Reservation].Instances[at.Position] : null;
        }
    }

    /// <summary>The ids of the list that name no instance, in the order given, without repeats.</summary>
    public IReadOnlyList<string> Missing(IEnumerable<string> ids)
    {
        lock (_gate)
        {
            return ids.Where(id => !_index.ContainsKey(id)).Distinct(StringComparer.Ordinal).ToList();
        }
    }

    /// <summary>
    /// Computes every instance's new version first, then stores them all, so a change that throws for one instance
    /// (an <see cref="Ec2ErrorException"/>) changes none. Every id must exist.
    /// </summary>
    public IReadOnlyList<LocalEc2Instance> Update(IReadOnlyList<string> ids, Func<LocalEc2Instance, LocalEc2Instance> change)
    {
        lock (_gate)
        {
            var changed = new List<((int Reservation, int Position) At, LocalEc2Instance Instance)>(ids.Count);
            foreach (var id in ids.Distinct(StringComparer.Ordinal))
            {
                var at = _index[id];
                changed.Add((at, change(_reservations[at.Reservation].Instances[at.Position])));
            }

            foreach (var (at, instance) in changed)
            {
                _reservations[at.Reservation].Instances[at.Position] = instance;
            }

            return changed.Select(c => c.Instance).ToList();
        }
    }

    /// <summary>One page; <see langword="null"/> when <paramref name="start"/> lies outside the listing (a forged token).</summary>
    public InstancePage? Page(ResourceFilter<LocalEc2Instance> filter, ListPosition start, int? maxInstances)
    {
        lock (_gate)
        {
            if (!Contains(start))
            {
                return null;
            }

            return InstancePager.Page(_reservations, filter, start, maxInstances);
        }
    }

    private bool Contains(ListPosition position) =>
        position.Reservation >= 0
        && position.Instance >= 0
        && (position.Reservation < _reservations.Count
            ? position.Instance < _reservations[position.Reservation].Instances.Length
            : position == new ListPosition(_reservations.Count, 0));

    private string NewId(HashSet<string> taken)
    {
        while (true)
        {
            var id = InstanceIds.NewInstanceId();
            if (!_index.ContainsKey(id) && !taken.Contains(id))
            {
                return id;
            }
        }
    }
}
