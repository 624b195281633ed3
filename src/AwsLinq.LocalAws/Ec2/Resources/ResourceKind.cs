namespace AwsLinq.LocalAws.Ec2.Resources;

/// <summary>
/// What the generic store and operations need to know of one kind of EC2 resource: its id prefix, how its id and tags
/// are read and replaced, how a seeded record is completed, and the errors EC2 names for a bad or unknown id.
/// </summary>
/// <typeparam name="T">The resource's record type, immutable and replaced whole.</typeparam>
internal sealed class ResourceKind<T>
    where T : class
{
    /// <summary>Gets the resource type as DescribeTags names it (<c>volume</c>, <c>security-group</c>).</summary>
    public required string Name { get; init; }

    /// <summary>Gets the id prefix without its dash (<c>vol</c>).</summary>
    public required string IdPrefix { get; init; }

    /// <summary>Gets the id a record was given, or <see langword="null"/> to generate one.</summary>
    public required Func<T, string?> GivenId { get; init; }

    /// <summary>Gets the id of a completed record.</summary>
    public required Func<T, string> Id { get; init; }

    public required Func<T, IReadOnlyDictionary<string, string>> Tags { get; init; }

    public required Func<T, IReadOnlyDictionary<string, string>, T> WithTags { get; init; }

    /// <summary>Completes a seeded record with its id and what EC2 fills in; throws <see cref="ArgumentException"/> for an invalid one.</summary>
    public required Func<T, ResourceContext, T> Complete { get; init; }

    public required Func<string, Ec2ErrorException> Malformed { get; init; }

    public required Func<IReadOnlyList<string>, Ec2ErrorException> NotFound { get; init; }

    public bool IsWellFormed(string id) => ResourceIds.IsWellFormed(IdPrefix, id);
}

/// <summary>What completing a seeded record may use: its id, the region and the server clock's now.</summary>
internal sealed record ResourceContext(string Id, string Region, DateTimeOffset Now);
