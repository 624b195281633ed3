namespace AwsLinq.Providers;

/// <summary>
/// One filter of a request, in the model EC2 and several other AWS APIs share: a name and values the service ORs;
/// the service ANDs the filters of a request.
/// </summary>
/// <param name="Name">The filter's name, for example <c>instance-type</c> or <c>tag:env</c>.</param>
/// <param name="Values">The values, as sent (escaped, or with wildcards).</param>
public sealed record NamedFilter(string Name, IReadOnlyList<string> Values);

/// <summary>What a property of the item is filtered as.</summary>
/// <param name="Name">The filter's name.</param>
/// <param name="SingleValued">
/// Whether an item has one value for it, so that two ANDed equalities keep their common values; filters that match
/// any of several values an item has (<c>tag-key</c>, secondary addresses) are never merged.
/// </param>
/// <param name="Exact">Whether the filter matches exactly what the property reads; otherwise it is re-checked in memory.</param>
public sealed record FilterField(string Name, bool SingleValued = true, bool Exact = true);

/// <summary>A predicate read as one filter: its field, its values, and how far it is pushed down.</summary>
/// <param name="Field">The field filtered.</param>
/// <param name="Values">The values, as sent.</param>
/// <param name="Wildcards">Whether a value holds wildcards, so that it cannot be merged with another by intersection.</param>
/// <param name="Kind">How far the predicate is pushed down.</param>
public sealed record FilterTerm(FilterField Field, IReadOnlySet<string> Values, bool Wildcards, Pushdown Kind);

/// <summary>How a service writes filter values.</summary>
public interface IFilterSyntax
{
    /// <summary>The value to send for a constant compared with a field, or <see langword="null"/> when it cannot be sent.</summary>
    /// <param name="value">The constant.</param>
    /// <param name="fieldType">The field's .NET type (after any conversion).</param>
    /// <param name="exact">Whether the service compares the value as .NET does.</param>
    /// <returns>The value as sent, escaped where the service reads special characters.</returns>
    string? Literal(object? value, Type fieldType, out bool exact);

    /// <summary>A wildcard value for <c>StartsWith</c>, <c>EndsWith</c> or <c>Contains</c>, or <see langword="null"/> when the service has none.</summary>
    /// <param name="kind">The string predicate.</param>
    /// <param name="text">Its argument.</param>
    /// <returns>The value as sent.</returns>
    string? Pattern(StringPredicateKind kind, string text);
}
