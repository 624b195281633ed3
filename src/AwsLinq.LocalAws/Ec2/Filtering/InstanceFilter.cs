namespace AwsLinq.LocalAws.Ec2.Filtering;

/// <summary>
/// The instances a <c>DescribeInstances</c> request asks for: those with one of the listed ids (when any are
/// listed) that pass every filter, where a filter passes when any of its values matches (the reference: "If you
/// specify multiple filters, the filters are joined with an AND, and the request returns only results that match all
/// of the specified filters"; values of one filter are ORed).
/// </summary>
internal sealed class InstanceFilter
{
    private readonly HashSet<string>? _ids;
    private readonly List<(Func<LocalEc2Instance, IEnumerable<string>> Values, WildcardPattern[] Patterns)> _filters;

    private InstanceFilter(HashSet<string>? ids, List<(Func<LocalEc2Instance, IEnumerable<string>>, WildcardPattern[])> filters)
    {
        _ids = ids;
        _filters = filters;
    }

    /// <summary>Reads <c>Filter.N.Name</c> and <c>Filter.N.Value.M</c>.</summary>
    /// <exception cref="Ec2ErrorException">InvalidParameterValue: a filter EC2 does not know, or one without values.</exception>
    public static InstanceFilter Parse(IReadOnlyList<string> instanceIds, IReadOnlyList<Ec2Parameters> filters)
    {
        var parsed = new List<(Func<LocalEc2Instance, IEnumerable<string>>, WildcardPattern[])>(filters.Count);
        foreach (var filter in filters)
        {
            var name = filter.Value("Name") ?? throw Ec2Errors.MissingParameter("Filter.Name");
            var values = InstanceFilterFields.Values(name)
                ?? throw Ec2Errors.InvalidParameterValue($"The filter '{name}' is invalid");
            var given = filter.List("Value");
            FilterLimits.ThrowIfTooMany(given);
            var patterns = given.Select(WildcardPattern.Parse).ToArray();
            if (patterns.Length == 0)
            {
                throw Ec2Errors.InvalidParameterValue($"The filter '{name}' requires a value");
            }

            parsed.Add((values, patterns));
        }

        var ids = instanceIds.Count == 0 ? null : instanceIds.ToHashSet(StringComparer.Ordinal);
        return new InstanceFilter(ids, parsed);
    }

    public bool Matches(LocalEc2Instance instance)
    {
        if (_ids is not null && !_ids.Contains(instance.InstanceId!))
        {
            return false;
        }

        foreach (var (values, patterns) in _filters)
        {
            if (!values(instance).Any(v => patterns.Any(p => p.IsMatch(v))))
            {
                return false;
            }
        }

        return true;
    }
}
