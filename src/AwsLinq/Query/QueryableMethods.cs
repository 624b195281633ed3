using System.Reflection;

namespace AwsLinq.Query;

/// <summary>
/// The <see cref="Queryable"/> operators AwsLinq runs, matched by their exact generic method definitions.
/// </summary>
internal static class QueryableMethods
{
    public static MethodInfo Where { get; } = Find(nameof(Queryable.Where), 2, p => IsFunc(p[1], 2));
    public static MethodInfo Select { get; } = Find(nameof(Queryable.Select), 2, p => IsFunc(p[1], 2));
    public static MethodInfo Take { get; } = Find(nameof(Queryable.Take), 2, p => p[1].ParameterType == typeof(int));
    public static MethodInfo Skip { get; } = Find(nameof(Queryable.Skip), 2, p => p[1].ParameterType == typeof(int));
    public static MethodInfo Distinct { get; } = Find(nameof(Queryable.Distinct), 1);
    public static MethodInfo OrderBy { get; } = Find(nameof(Queryable.OrderBy), 2);
    public static MethodInfo OrderByDescending { get; } = Find(nameof(Queryable.OrderByDescending), 2);
    public static MethodInfo ThenBy { get; } = Find(nameof(Queryable.ThenBy), 2);
    public static MethodInfo ThenByDescending { get; } = Find(nameof(Queryable.ThenByDescending), 2);
    /// <summary>The overloads with an <see cref="IComparer{T}"/>, by the overload without one.</summary>
    public static IReadOnlyDictionary<MethodInfo, MethodInfo> WithComparer { get; } = new Dictionary<MethodInfo, MethodInfo>
    {
        [Find(nameof(Queryable.OrderBy), 3)] = OrderBy,
        [Find(nameof(Queryable.OrderByDescending), 3)] = OrderByDescending,
        [Find(nameof(Queryable.ThenBy), 3)] = ThenBy,
        [Find(nameof(Queryable.ThenByDescending), 3)] = ThenByDescending,
    };

    public static MethodInfo First { get; } = Find(nameof(Queryable.First), 1);
    public static MethodInfo FirstWithPredicate { get; } = Find(nameof(Queryable.First), 2);
    public static MethodInfo FirstOrDefault { get; } = Find(nameof(Queryable.FirstOrDefault), 1);
    public static MethodInfo FirstOrDefaultWithPredicate { get; } = Find(nameof(Queryable.FirstOrDefault), 2, p => IsFunc(p[1], 2));
    public static MethodInfo Single { get; } = Find(nameof(Queryable.Single), 1);
    public static MethodInfo SingleWithPredicate { get; } = Find(nameof(Queryable.Single), 2);
    public static MethodInfo SingleOrDefault { get; } = Find(nameof(Queryable.SingleOrDefault), 1);
    public static MethodInfo SingleOrDefaultWithPredicate { get; } = Find(nameof(Queryable.SingleOrDefault), 2, p => IsFunc(p[1], 2));
    public static MethodInfo Any { get; } = Find(nameof(Queryable.Any), 1);
    public static MethodInfo AnyWithPredicate { get; } = Find(nameof(Queryable.Any), 2);
    public static MethodInfo All { get; } = Find(nameof(Queryable.All), 2);
    public static MethodInfo Count { get; } = Find(nameof(Queryable.Count), 1);
    public static MethodInfo CountWithPredicate { get; } = Find(nameof(Queryable.Count), 2);
    public static MethodInfo LongCount { get; } = Find(nameof(Queryable.LongCount), 1);
    public static MethodInfo LongCountWithPredicate { get; } = Find(nameof(Queryable.LongCount), 2);

    /// <summary>Every operator above: what the provider accepts in a query's method chain.</summary>
    public static IReadOnlySet<MethodInfo> Supported { get; } = new HashSet<MethodInfo>
    {
        Where, Select, Take, Skip, Distinct, OrderBy, OrderByDescending, ThenBy, ThenByDescending,
        First, FirstWithPredicate, FirstOrDefault, FirstOrDefaultWithPredicate,
        Single, SingleWithPredicate, SingleOrDefault, SingleOrDefaultWithPredicate,
        Any, AnyWithPredicate, All, Count, CountWithPredicate, LongCount, LongCountWithPredicate,
    };

    private static MethodInfo Find(string name, int parameterCount, Func<ParameterInfo[], bool>? match = null) =>
        typeof(Queryable).GetMethods(BindingFlags.Public | BindingFlags.Static).Single(m =>
            m.Name == name
            && m.GetGenericArguments().Length == (name is "Select" or "OrderBy" or "OrderByDescending" or "ThenBy" or "ThenByDescending" ? 2 : 1)
            && m.GetParameters().Length == parameterCount
            && (match is null || match(m.GetParameters())));

    // Expression<Func<T, bool>> rather than Expression<Func<T, int, bool>> (the indexed overloads).
    private static bool IsFunc(ParameterInfo parameter, int genericArity) =>
        parameter.ParameterType.IsGenericType
        && parameter.ParameterType.GetGenericArguments()[0].GetGenericArguments().Length == genericArity;
}
