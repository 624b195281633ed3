using AwsLinq.LocalAws.Ec2.Filtering;

namespace AwsLinq.LocalAws.Ec2.Resources;

/// <summary>
/// The records a Describe request asks for: those with one of the listed ids (when any are listed) that pass every
/// <c>Filter.N</c>, where a filter passes when any of its values matches one of the record's (the reference: filters are
/// ANDed, the values of one filter ORed; <c>*</c> and <c>?</c> are wildcards).
/// </summary>
internal sealed class ResourceFilter<T>
{
    private readonly Func<T, string>? _id;
    private readonly HashSet<string>? _ids;
    private readonly List<(Func<T, IEnumerable<string>> Values, WildcardPattern[] Patterns)> _filters;

    private ResourceFilter(Func<T, string>? id, HashSet<string>? ids, List<(Func<T, IEnumerable<string>>, WildcardPattern[])> filters)
    {
        _id = id;
        _ids = ids;
        _filters = filters;
    }

    /// <summary>Reads <c>Filter.N.Name</c> and <c>Filter.N.Value.M</c>.</summary>
    /// <exception cref="Ec2ErrorException">
    /// InvalidParameterValue for a filter the call does not know or one without values; FilterLimitExceeded for a filter of more than 200 values.
    /// </exception>
    public static ResourceFilter<T> Parse(Ec2Parameters request, FilterFields<T> fields, Func<T, string>? id = null, IReadOnlyList<string>? ids = null)
    {
        var filters = request.Structures("Filter");
        var parsed = new List<(Func<T, IEnumerable<string>>, WildcardPattern[])>(filters.Count);
        foreach (var filter in filters)
        {
            var name = filter.Value("Name") ?? throw Ec2Errors.MissingParameter("Filter.Name");
            var values = fields.Values(name) ?? throw Ec2Errors.InvalidParameterValue($"The filter '{name}' is invalid");
            var given = filter.List("Value");
            FilterLimits.ThrowIfTooMany(given);
            var patterns = given.Select(WildcardPattern.Parse).ToArray();
            if (patterns.Length == 0)
            {
                throw Ec2Errors.InvalidParameterValue($"The filter '{name}' requires a value");
            }

            parsed.Add((values, patterns));
        }

        return new ResourceFilter<T>(id, ids is { Count: > 0 } ? ids.ToHashSet(StringComparer.Ordinal) : null, parsed);
    }

    public bool Matches(T record)
    {
        if (_ids is not null && !_ids.Contains(_id!(record)))
        {
            return false;
        }

        foreach (var (values, patterns) in _filters)
        {
            if (!values(record).Any(v => patterns.Any(p => p.IsMatch(v))))
            {
                return false;
            }
        }

        return true;
    }
}
