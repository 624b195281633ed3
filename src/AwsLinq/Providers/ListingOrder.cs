using System.Linq.Expressions;

namespace AwsLinq.Providers;

/// <summary>
/// The strict order a service lists a resource in: ascending keys, no two alike (S3 lists keys in ascending UTF-8
/// byte order). Declared by <see cref="AwsResource{TItem}.Order"/>.
/// </summary>
/// <typeparam name="TItem">The listing's item type.</typeparam>
public sealed class ListingOrder<TItem>
{
    /// <summary>Initializes an order.</summary>
    /// <param name="key">The member the listing is ordered by, for example <c>o =&gt; o.Key</c>.</param>
    /// <param name="comparer">The order the service uses for it.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="key"/> is not a member of the item.</exception>
    public ListingOrder(Expression<Func<TItem, string>> key, IComparer<string> comparer)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(comparer);
        if (key.Body is not MemberExpression member || member.Expression != key.Parameters[0])
        {
            throw new ArgumentException($"The order's key must be a member of the item, such as o => o.Key, not '{key}'.", nameof(key));
        }

        Member = member.Member;
        KeyOf = key.Compile();
        Comparer = comparer;
    }

    /// <summary>Gets the key of an item.</summary>
    public Func<TItem, string> KeyOf { get; }

    /// <summary>Gets the order of the keys.</summary>
    public IComparer<string> Comparer { get; }

    internal string MemberName => Member.Name;

    private System.Reflection.MemberInfo Member { get; }

    internal bool IsKey(LambdaExpression keySelector) =>
        keySelector.Body is MemberExpression member && member.Member == Member && member.Expression == keySelector.Parameters[0];
}
