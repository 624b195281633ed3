using AwsLinq.LocalAws.Ec2;

namespace AwsLinq.LocalAws;

/// <summary>
/// The in-memory EC2 state of a <see cref="LocalAwsServer"/>: instances grouped in reservations, listed in the order
/// the reservations were created, then by position within each. Tests seed it directly, without HTTP, and read it
/// back to check what requests did. Terminated instances stay listed. Thread-safe.
/// </summary>
public sealed partial class LocalEc2
{
    /// <summary>The account id the endpoint reports as every reservation's owner.</summary>
    public const string AccountId = "123456789012";

    internal LocalEc2(string region, TimeProvider timeProvider, int seed = 0)
    {
        Faults = new LocalEc2Faults(seed, timeProvider);
        Region = region;
        TimeProvider = timeProvider;
        Store = new InstanceStore(region, timeProvider);
    }

    /// <summary>The region the instances live in.</summary>
    public string Region { get; }

    /// <summary>Errors, dropped connections, delays and DescribeInstances misbehaviours to switch on for tests of client resilience.</summary>
    public LocalEc2Faults Faults { get; }

    internal TimeProvider TimeProvider { get; }

    internal InstanceStore Store { get; }

    /// <summary>
    /// Adds instances without HTTP, each list one reservation, as if each had been one <c>RunInstances</c> call.
    /// Gaps are filled as EC2 would: an <c>i-</c> id of 17 hex digits, the zone <see cref="Region"/> + <c>a</c>, a private
    /// address unique to the server and the DNS names derived from the addresses, the server clock's now as launch time.
    /// The instances keep the state given. Either all are added or, when one is invalid, none.
    /// </summary>
    /// <param name="reservations">The reservations, each a non-empty list of instances.</param>
    /// <returns>The ids of the instances, in the order given.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reservations"/>, one of its lists or an instance is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// A reservation is empty, or an instance has an unknown state, a malformed id, or an id already taken.
    /// </exception>
    public IReadOnlyList<string> Seed(IEnumerable<IReadOnlyList<LocalEc2Instance>> reservations)
    {
        ArgumentNullException.ThrowIfNull(reservations);
        var lists = reservations.Select(r => r ?? throw new ArgumentNullException(nameof(reservations), "A reservation is null.")).ToList();
        return Store.Add(lists).SelectMany(r => r.Instances).Select(i => i.InstanceId!).ToList();
    }

    /// <summary>Returns every instance as it is now, completed with the values EC2 filled in, in listing order.</summary>
    /// <returns>A snapshot of the instances.</returns>
    public IReadOnlyList<LocalEc2Instance> Instances() => Store.All();

    /// <summary>Returns one instance as it is now, or <see langword="null"/> when there is none with that id.</summary>
    /// <param name="instanceId">The instance id.</param>
    /// <returns>The instance, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="instanceId"/> is <see langword="null"/>.</exception>
    public LocalEc2Instance? FindInstance(string instanceId)
    {
        ArgumentNullException.ThrowIfNull(instanceId);
        return Store.Find(instanceId);
    }
}
