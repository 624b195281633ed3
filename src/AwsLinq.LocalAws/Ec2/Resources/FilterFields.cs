using System.Collections;
using System.Globalization;

namespace AwsLinq.LocalAws.Ec2.Resources;

/// <summary>
/// The filters one Describe call understands, named as the reference names them, each with the values of a record it
/// tests; a record without the field matches no value. <c>tag:&lt;key&gt;</c>, <c>tag-key</c> and <c>tag-value</c> come
/// with every resource that has tags.
/// </summary>
internal sealed class FilterFields<T> : IEnumerable<string>
{
    private const string TagPrefix = "tag:";

    private readonly Dictionary<string, Func<T, IEnumerable<string>>> _fields = new(StringComparer.Ordinal);
    private readonly Func<T, IReadOnlyDictionary<string, string>>? _tags;

    public FilterFields(Func<T, IReadOnlyDictionary<string, string>>? tags) => _tags = tags;

    public void Add(string name, Func<T, string?> field) => _fields.Add(name, r => field(r) is { } value ? [value] : []);

    public void Add(string name, Func<T, bool?> field) => Add(name, r => field(r) is { } flag ? (flag ? "true" : "false") : null);

    public void Add(string name, Func<T, long?> field) => Add(name, r => field(r)?.ToString(CultureInfo.InvariantCulture));

    public void Add(string name, Func<T, IEnumerable<string>> values) => _fields.Add(name, values);

    /// <summary>Returns the values a filter of this name tests, or <see langword="null"/> when EC2 has no such filter here.</summary>
    public Func<T, IEnumerable<string>>? Values(string name)
    {
        if (_fields.TryGetValue(name, out var field))
        {
            return field;
        }

        if (_tags is not { } tags)
        {
            return null;
        }

        if (name.StartsWith(TagPrefix, StringComparison.Ordinal) && name.Length > TagPrefix.Length)
        {
            var key = name[TagPrefix.Length..];
            return r => tags(r).TryGetValue(key, out var value) ? [value] : [];
        }

        return name switch
        {
            "tag-key" => r => tags(r).Keys,
            "tag-value" => r => tags(r).Values,
            _ => null,
        };
    }

    public IEnumerator<string> GetEnumerator() => _fields.Keys.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
