using System.Linq.Expressions;
using System.Reflection;

namespace AwsLinq;

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
}
