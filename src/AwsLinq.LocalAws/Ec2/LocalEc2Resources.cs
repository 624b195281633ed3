using AwsLinq.LocalAws.Ec2.Resources;

namespace AwsLinq.LocalAws;

/// <summary>
/// One kind of EC2 resource held by <see cref="LocalEc2"/> (volumes, snapshots, images, security groups, VPCs,
/// subnets): seeded without HTTP, listed in creation order, read back to check what requests did. Thread-safe.
/// </summary>
/// <typeparam name="T">The resource's record type, such as <see cref="LocalEc2Volume"/>.</typeparam>
public sealed class LocalEc2Resources<T>
    where T : class
{
    internal LocalEc2Resources(ResourceTable<T> table) => Table = table;

    internal ResourceTable<T> Table { get; }

    /// <summary>
    /// Adds resources as if each had been created by its own call: gaps are filled as EC2 would (an id of 17 hex
    /// digits, the zone <see cref="LocalEc2.Region"/> + <c>a</c>, the server clock's now as creation time, the owner
    /// <see cref="LocalEc2.AccountId"/>). Either all are added or, when one is invalid, none.
    /// </summary>
    /// <param name="resources">The resources.</param>
    /// <returns>The ids of the resources, in the order given.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="resources"/> or one of them is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A resource has a malformed id, an id already taken, or a value EC2 does not report.</exception>
    public IReadOnlyList<string> Seed(IEnumerable<T> resources)
    {
        ArgumentNullException.ThrowIfNull(resources);
        return Table.Add(resources.ToList()).Select(Table.Kind.Id).ToList();
    }

    /// <summary>Returns every resource as it is now, completed with the values EC2 filled in, in creation order.</summary>
    /// <returns>A snapshot of the resources.</returns>
    public IReadOnlyList<T> All() => Table.All();

    /// <summary>Returns one resource as it is now, or <see langword="null"/> when there is none with that id (or it was deleted).</summary>
    /// <param name="id">The resource's id.</param>
    /// <returns>The resource, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    public T? Find(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return Table.Find(id);
    }
}
