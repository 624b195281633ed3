using System.Globalization;

namespace AwsLinq.LocalAws.Ec2;

/// <summary>
/// The parameters of one query-protocol request, by name, with the list and structure conventions of the protocol:
/// <c>InstanceId.1</c>, <c>InstanceId.2</c>... form a list; <c>Filter.1.Name</c>, <c>Filter.1.Value.1</c>... a list
/// of structures, each read as a request of its own.
/// </summary>
internal sealed class Ec2Parameters(IReadOnlyDictionary<string, string> parameters)
{
    public IReadOnlyDictionary<string, string> Parameters { get; } = parameters;

    public string? Action => Value("Action");

    public bool DryRun => Flag("DryRun");

    public string? Value(string name) => Parameters.GetValueOrDefault(name);

    public string Required(string name) =>
        Value(name) is { Length: > 0 } value ? value : throw Ec2Errors.MissingParameter(name);

    /// <summary>The members of <c>name.N</c>, ordered by N, which need not be contiguous.</summary>
    public IReadOnlyList<string> List(string name) =>
        Members(name).Where(m => m.Remainder.Length == 0).OrderBy(m => m.Index).Select(m => m.Value).ToList();

    /// <summary>The structures <c>name.N.*</c>, ordered by N, each with its members' names stripped of <c>name.N.</c>.</summary>
    public IReadOnlyList<Ec2Parameters> Structures(string name) =>
        Members(name)
            .Where(m => m.Remainder.Length > 0)
            .GroupBy(m => m.Index)
            .OrderBy(g => g.Key)
            .Select(g => new Ec2Parameters(g.ToDictionary(m => m.Remainder, m => m.Value, StringComparer.Ordinal)))
            .ToList();

    public bool Flag(string name) =>
        Value(name) switch
        {
            null => false,
            var v when string.Equals(v, "true", StringComparison.OrdinalIgnoreCase) => true,
            var v when string.Equals(v, "false", StringComparison.OrdinalIgnoreCase) => false,
            var v => throw Ec2Errors.InvalidParameterValue($"Invalid value '{v}' for {name}. Expecting a boolean."),
        };

    public int? Integer(string name) =>
        Value(name) switch
        {
            null => null,
            var v when int.TryParse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) => n,
            var v => throw Ec2Errors.InvalidParameterValue($"Invalid value '{v}' for {name}. Expecting an integer."),
        };

    private List<(int Index, string Remainder, string Value)> Members(string name)
    {
        var prefix = name + ".";
        var members = new List<(int Index, string Remainder, string Value)>();
        foreach (var (key, value) in Parameters)
        {
            if (!key.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            var tail = key.AsSpan(prefix.Length);
            var dot = tail.IndexOf('.');
            var digits = dot < 0 ? tail : tail[..dot];
            if (int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
            {
                members.Add((index, dot < 0 ? string.Empty : tail[(dot + 1)..].ToString(), value));
            }
        }

        return members;
    }
}
