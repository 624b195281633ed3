using System.Linq.Expressions;
using System.Reflection;

namespace AwsLinq.S3.Folders;

/// <summary>
/// <c>StartsWith</c> and <c>==</c> on a folder's <see cref="S3Folder.Prefix"/> or <see cref="S3Folder.Name"/> as a
/// longer <c>Prefix</c> for the listing: S3 rolls keys up at the first delimiter after the prefix sent, so a prefix that
/// stays within one level lists the same folders, fewer of them. The part past a delimiter in the value cannot be sent
/// (it would list the level below): it is cut there and re-checked in memory.
/// </summary>
/// <param name="parent">The prefix whose folders are listed.</param>
/// <param name="delimiter">The delimiter.</param>
internal sealed class FolderPrefixPushdown(string parent, string delimiter) : IPredicatePushdown
{
    private static readonly PropertyInfo PrefixProperty = typeof(S3Folder).GetProperty(nameof(S3Folder.Prefix))!;
    private static readonly PropertyInfo NameProperty = typeof(S3Folder).GetProperty(nameof(S3Folder.Name))!;

    private string? _narrowed;

    /// <summary>Gets the prefix to send: the listed prefix, or a longer one from the predicates.</summary>
    public string Prefix => _narrowed ?? parent;

    /// <summary>Gets whether the predicates cannot all hold, so that no request is needed.</summary>
    public bool Conflict { get; private set; }

    public Pushdown? TryAdd(Expression predicate, ParameterExpression item)
    {
        var (match, value) = StringPredicate.Match(predicate, item, PrefixProperty) is { } onPrefix
            ? (onPrefix, onPrefix.Value)
            : StringPredicate.Match(predicate, item, NameProperty) is { } onName ? (onName, parent + onName.Value) : (null, string.Empty);
        if (match is not { Kind: StringPredicateKind.StartsWith or StringPredicateKind.Equals })
        {
            return null;
        }

        if (!value.StartsWith(parent, StringComparison.Ordinal))
        {
            // Every folder starts with the listed prefix: a shorter one holds for all, any other for none.
            var holds = match.Kind == StringPredicateKind.StartsWith && parent.StartsWith(value, StringComparison.Ordinal);
            Conflict |= !holds;
            return Pushdown.Exact;
        }

        var cut = value.IndexOf(delimiter, parent.Length, StringComparison.Ordinal);
        var narrowed = cut < 0 ? value : value[..cut];
        if (narrowed.StartsWith(Prefix, StringComparison.Ordinal))
        {
            _narrowed = narrowed;
        }
        else if (!Prefix.StartsWith(narrowed, StringComparison.Ordinal))
        {
            Conflict = true;
        }

        return cut < 0 && match.Kind == StringPredicateKind.StartsWith ? Pushdown.Exact : Pushdown.Superset;
    }
}
