namespace AwsLinq.Execution;

/// <summary>
/// A part of a listing cut at its folders: the keys under a prefix after a key, or items already listed. An open
/// part is a folder whose own folders may be listed.
/// </summary>
internal sealed record FolderCut<TItem>(string Prefix, string? After, IReadOnlyList<TItem>? Items, bool Open)
{
    // The part's first possible key, where the part before it ends; null where an item listed already ends it.
    public string? Start { get; init; }

    // Keys before this one are listed after After but belong to the part before.
    public string? From { get; init; }

    // Keys from this one on belong to the parts after.
    public string? Before { get; init; }
}
