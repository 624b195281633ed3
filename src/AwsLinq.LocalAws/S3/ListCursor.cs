namespace AwsLinq.LocalAws.S3;

/// <summary>Where a listing resumes: after one key, or after every key under a common prefix already returned.</summary>
/// <param name="Value">The key or common prefix returned last.</param>
/// <param name="IsCommonPrefix">Whether <paramref name="Value"/> is a common prefix rather than a key.</param>
internal readonly record struct ListCursor(string Value, bool IsCommonPrefix)
{
    /// <summary>A cursor before every key: what the fixed token of the repeat fault decodes to.</summary>
    public static ListCursor Start { get; } = new(string.Empty, false);

    public static ListCursor AfterKey(string key) => new(key, false);

    public static ListCursor AfterPrefix(string prefix) => new(prefix, true);
}
