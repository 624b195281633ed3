using System.Linq.Expressions;

namespace AwsLinq.Providers;

/// <summary>
/// The order a service lists a resource in: ascending keys, by default no two alike (S3 lists keys in ascending UTF-8
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

    /// <summary>
    /// Gets whether several items may share a key, listed one after another (the versions of one S3 object). The
    /// check then accepts equal keys; ordering by the key still sorts, so that a <c>ThenBy</c> applies; and an
    /// interrupted listing names no key to go on after, since that would skip the rest of the key's items.
    /// </summary>
    public bool KeysRepeat { get; init; }

    internal string MemberName => Member.Name;

    private System.Reflection.MemberInfo Member { get; }

    internal string Promise => KeysRepeat ? "ascending order" : "strictly ascending order";

    internal bool IsKey(LambdaExpression keySelector) =>
        !KeysRepeat && keySelector.Body is MemberExpression member && member.Member == Member && member.Expression == keySelector.Parameters[0];

    /// <summary>What is wrong with <paramref name="key"/> following <paramref name="previous"/>: <c>twice</c>, <c>out of order</c>, or <see langword="null"/>.</summary>
    internal string? Breach(string? previous, string key) => previous is null ? null : Comparer.Compare(previous, key) switch
    {
        > 0 => "out of order",
        0 when !KeysRepeat => "twice",
        _ => null,
    };

    internal (string Member, string Key)? ResumeAfter(string? lastKey) => lastKey is null || KeysRepeat ? null : (MemberName, lastKey);
}
