namespace AwsLinq.LocalAws.Ec2.Resources;

/// <summary>The tags of one kind of resource, as CreateTags, DeleteTags and DescribeTags reach them whatever the kind.</summary>
internal interface ITagStore
{
    /// <summary>Gets the resource type as DescribeTags names it (<c>instance</c>, <c>volume</c>).</summary>
    string ResourceType { get; }

    /// <summary>Whether an id has this kind's prefix, well formed or not.</summary>
    bool Claims(string id);

    /// <summary>Throws the kind's error for the first malformed id, then for all unknown ones together.</summary>
    void Require(IReadOnlyList<string> ids);

    /// <summary>Replaces the tags of every id (all exist), all or none.</summary>
    void UpdateTags(IReadOnlyList<string> ids, Func<IReadOnlyDictionary<string, string>, IReadOnlyDictionary<string, string>> change);

    /// <summary>Every resource's id and tags, in listing order.</summary>
    IEnumerable<(string Id, IReadOnlyDictionary<string, string> Tags)> AllTags();
}
