namespace AwsLinq.Providers;

/// <summary>The arguments a batch action runs with, by the names its <see cref="BatchParameter"/>s declare.</summary>
public sealed class BatchArguments
{
    private readonly Dictionary<string, object> _values;

    private BatchArguments(Dictionary<string, object> values) => _values = values;

    /// <summary>Gets arguments with nothing set.</summary>
    public static BatchArguments None { get; } = new(new(StringComparer.Ordinal));

    /// <summary>Returns these arguments with a flag set.</summary>
    /// <param name="name">The parameter's name.</param>
    /// <param name="value">Whether the flag is on.</param>
    /// <returns>New arguments.</returns>
    public BatchArguments With(string name, bool value) => Set(name, value);

    /// <summary>Returns these arguments with key=value pairs set.</summary>
    /// <param name="name">The parameter's name.</param>
    /// <param name="pairs">The pairs.</param>
    /// <returns>New arguments.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pairs"/> is <see langword="null"/>.</exception>
    public BatchArguments With(string name, IReadOnlyDictionary<string, string> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        return Set(name, new Dictionary<string, string>(pairs, StringComparer.Ordinal));
    }

    /// <summary>Returns these arguments with values set.</summary>
    /// <param name="name">The parameter's name.</param>
    /// <param name="values">The values.</param>
    /// <returns>New arguments.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is <see langword="null"/>.</exception>
    public BatchArguments With(string name, IEnumerable<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return Set(name, values.ToArray());
    }

    /// <summary>Whether a flag is on.</summary>
    /// <param name="name">The parameter's name.</param>
    /// <returns><see langword="false"/> when it was not set.</returns>
    public bool Flag(string name) => _values.TryGetValue(name, out var value) && value is true;

    /// <summary>The key=value pairs of a parameter.</summary>
    /// <param name="name">The parameter's name.</param>
    /// <returns>Empty when it was not set.</returns>
    public IReadOnlyDictionary<string, string> Pairs(string name) =>
        _values.TryGetValue(name, out var value) && value is IReadOnlyDictionary<string, string> pairs ? pairs : new Dictionary<string, string>();

    /// <summary>The values of a parameter.</summary>
    /// <param name="name">The parameter's name.</param>
    /// <returns>Empty when it was not set.</returns>
    public IReadOnlyList<string> Values(string name) =>
        _values.TryGetValue(name, out var value) && value is string[] values ? values : [];

    private BatchArguments Set(string name, object value)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        return new(new(_values, StringComparer.Ordinal) { [name] = value });
    }
}
