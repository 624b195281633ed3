using System.Linq.Expressions;
using System.Reflection;

namespace AwsLinq.Providers;

/// <summary>
/// <c>x.Name.StartsWith(p)</c> as a prefix parameter (S3's <c>Prefix</c>, SQS's <c>QueueNamePrefix</c>), and
/// <c>x.Name == n</c> as the prefix it is, re-checked in memory. Two ANDed prefixes keep the longer one when it
/// starts with the other; otherwise nothing can match, and no request is sent.
/// </summary>
/// <param name="property">The string property the service filters by prefix.</param>
/// <param name="recheck">
/// Whether to re-check even a plain <c>StartsWith</c> in memory, for a parameter some servers ignore (S3-compatible
/// stores ignore <c>ListBuckets</c>' <c>Prefix</c>).
/// </param>
public sealed class PrefixPushdown(PropertyInfo property, bool recheck = false) : IPredicatePushdown
{
    /// <summary>Gets the prefix to send, or <see langword="null"/> when no predicate gave one.</summary>
    public string? Prefix { get; private set; }

    /// <summary>Gets whether two prefixes conflict, so that the query can match nothing.</summary>
    public bool Conflict { get; private set; }

    /// <inheritdoc/>
    public Pushdown? TryAdd(Expression predicate, ParameterExpression item)
    {
        if (StringPredicate.Match(predicate, item, property) is not { Kind: StringPredicateKind.StartsWith or StringPredicateKind.Equals } match)
        {
            return null;
        }

        var value = match.Value;
        Conflict |= Prefix is not null && !value.StartsWith(Prefix, StringComparison.Ordinal) && !Prefix.StartsWith(value, StringComparison.Ordinal);
        Prefix = Prefix is null || value.Length > Prefix.Length ? value : Prefix;

        return match.Kind == StringPredicateKind.StartsWith && !recheck ? Pushdown.Exact : Pushdown.Superset;
    }
}
