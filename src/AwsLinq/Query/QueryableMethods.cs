using System.Linq.Expressions;
using System.Reflection;

namespace AwsLinq.Query;

/// <summary>
/// The <see cref="Queryable"/> operators AwsLinq runs, matched by their exact generic method definitions. Each is
/// read off a delegate to the operator, so the compiler picks the overload and the trimmer sees which one is used.
/// </summary>
internal static class QueryableMethods
{
    public static MethodInfo Where { get; } = Of<Func<IQueryable<object>, Expression<Func<object, bool>>, IQueryable<object>>>(Queryable.Where);
    public static MethodInfo Select { get; } = Of<Func<IQueryable<object>, Expression<Func<object, object>>, IQueryable<object>>>(Queryable.Select);
    public static MethodInfo Take { get; } = Of<Func<IQueryable<object>, int, IQueryable<object>>>(Queryable.Take);
    public static MethodInfo Skip { get; } = Of<Func<IQueryable<object>, int, IQueryable<object>>>(Queryable.Skip);
    public static MethodInfo Distinct { get; } = Of<Func<IQueryable<object>, IQueryable<object>>>(Queryable.Distinct);
    public static MethodInfo OrderBy { get; } = Of<Func<IQueryable<object>, Expression<Func<object, object>>, IOrderedQueryable<object>>>(Queryable.OrderBy);
    public static MethodInfo OrderByDescending { get; } = Of<Func<IQueryable<object>, Expression<Func<object, object>>, IOrderedQueryable<object>>>(Queryable.OrderByDescending);
    public static MethodInfo ThenBy { get; } = Of<Func<IOrderedQueryable<object>, Expression<Func<object, object>>, IOrderedQueryable<object>>>(Queryable.ThenBy);
    public static MethodInfo ThenByDescending { get; } = Of<Func<IOrderedQueryable<object>, Expression<Func<object, object>>, IOrderedQueryable<object>>>(Queryable.ThenByDescending);

    /// <summary>The overloads with an <see cref="IComparer{T}"/>, by the overload without one.</summary>
    public static IReadOnlyDictionary<MethodInfo, MethodInfo> WithComparer { get; } = new Dictionary<MethodInfo, MethodInfo>
    {
        [Of<Func<IQueryable<object>, Expression<Func<object, object>>, IComparer<object>?, IOrderedQueryable<object>>>(Queryable.OrderBy)] = OrderBy,
        [Of<Func<IQueryable<object>, Expression<Func<object, object>>, IComparer<object>?, IOrderedQueryable<object>>>(Queryable.OrderByDescending)] = OrderByDescending,
        [Of<Func<IOrderedQueryable<object>, Expression<Func<object, object>>, IComparer<object>?, IOrderedQueryable<object>>>(Queryable.ThenBy)] = ThenBy,
        [Of<Func<IOrderedQueryable<object>, Expression<Func<object, object>>, IComparer<object>?, IOrderedQueryable<object>>>(Queryable.ThenByDescending)] = ThenByDescending,
    };

    public static MethodInfo First { get; } = Of<Func<IQueryable<object>, object>>(Queryable.First);
    public static MethodInfo FirstWithPredicate { get; } = Of<Func<IQueryable<object>, Expression<Func<object, bool>>, object>>(Queryable.First);
    public static MethodInfo FirstOrDefault { get; } = Of<Func<IQueryable<object>, object?>>(Queryable.FirstOrDefault);
    public static MethodInfo FirstOrDefaultWithPredicate { get; } = Of<Func<IQueryable<object>, Expression<Func<object, bool>>, object?>>(Queryable.FirstOrDefault);
    public static MethodInfo Single { get; } = Of<Func<IQueryable<object>, object>>(Queryable.Single);
    public static MethodInfo SingleWithPredicate { get; } = Of<Func<IQueryable<object>, Expression<Func<object, bool>>, object>>(Queryable.Single);
    public static MethodInfo SingleOrDefault { get; } = Of<Func<IQueryable<object>, object?>>(Queryable.SingleOrDefault);
    public static MethodInfo SingleOrDefaultWithPredicate { get; } = Of<Func<IQueryable<object>, Expression<Func<object, bool>>, object?>>(Queryable.SingleOrDefault);
    public static MethodInfo Any { get; } = Of<Func<IQueryable<object>, bool>>(Queryable.Any);
    public static MethodInfo AnyWithPredicate { get; } = Of<Func<IQueryable<object>, Expression<Func<object, bool>>, bool>>(Queryable.Any);
    public static MethodInfo All { get; } = Of<Func<IQueryable<object>, Expression<Func<object, bool>>, bool>>(Queryable.All);
    public static MethodInfo Count { get; } = Of<Func<IQueryable<object>, int>>(Queryable.Count);
    public static MethodInfo CountWithPredicate { get; } = Of<Func<IQueryable<object>, Expression<Func<object, bool>>, int>>(Queryable.Count);
    public static MethodInfo LongCount { get; } = Of<Func<IQueryable<object>, long>>(Queryable.LongCount);
    public static MethodInfo LongCountWithPredicate { get; } = Of<Func<IQueryable<object>, Expression<Func<object, bool>>, long>>(Queryable.LongCount);

    /// <summary>Every operator above: what the provider accepts in a query's method chain.</summary>
    public static IReadOnlySet<MethodInfo> Supported { get; } = new HashSet<MethodInfo>
    {
        Where, Select, Take, Skip, Distinct, OrderBy, OrderByDescending, ThenBy, ThenByDescending,
        First, FirstWithPredicate, FirstOrDefault, FirstOrDefaultWithPredicate,
        Single, SingleWithPredicate, SingleOrDefault, SingleOrDefaultWithPredicate,
        Any, AnyWithPredicate, All, Count, CountWithPredicate, LongCount, LongCountWithPredicate,
    };

    private static MethodInfo Of<TDelegate>(TDelegate method)
        where TDelegate : Delegate => method.Method.GetGenericMethodDefinition();
}
