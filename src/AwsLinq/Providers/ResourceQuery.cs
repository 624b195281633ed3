using System.Linq.Expressions;
using System.Reflection;

namespace AwsLinq.Providers;

/// <summary>What a resource is asked to translate: the query's predicates and what the query reads.</summary>
/// <typeparam name="TItem">The listing's item type.</typeparam>
public sealed class ResourceQuery<TItem>
{
    private readonly IReadOnlySet<MemberInfo> _membersRead;

    internal ResourceQuery(IReadOnlyList<Expression<Func<TItem, bool>>> predicates, IReadOnlySet<MemberInfo> membersRead)
    {
        Predicates = predicates;
        _membersRead = membersRead;
    }

    /// <summary>
    /// Gets the predicates, ANDed together, with captured variables already evaluated to constants.
    /// </summary>
    public IReadOnlyList<Expression<Func<TItem, bool>>> Predicates { get; }

    /// <summary>Whether any part of the query (a predicate, an ordering, the projection) reads <paramref name="member"/>.</summary>
    /// <param name="member">A property or field.</param>
    /// <returns><see langword="true"/> when the query reads it.</returns>
    public bool Reads(MemberInfo member) => _membersRead.Contains(member);

    internal IReadOnlySet<MemberInfo> MembersRead => _membersRead;

    /// <summary>
    /// Offers each predicate to <paramref name="pieces"/> in turn; the first that takes it decides how far it is
    /// pushed down. A predicate no piece takes runs in memory (<see cref="Pushdown.None"/>).
    /// </summary>
    /// <param name="pieces">The pushdown pieces of the resource, in the order they should be tried.</param>
    /// <returns>For each predicate, in order, how far it was pushed down.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pieces"/> is <see langword="null"/>.</exception>
    public Pushdown[] Translate(params IPredicatePushdown[] pieces)
    {
        ArgumentNullException.ThrowIfNull(pieces);
        var pushdown = new Pushdown[Predicates.Count];
        for (var i = 0; i < pushdown.Length; i++)
        {
            var predicate = Predicates[i];
            pushdown[i] = Pushdown.None;
            foreach (var piece in pieces)
            {
                if (piece.TryAdd(predicate.Body, predicate.Parameters[0]) is { } taken)
                {
                    pushdown[i] = taken;
                    break;
                }
            }
        }

        return pushdown;
    }
}
