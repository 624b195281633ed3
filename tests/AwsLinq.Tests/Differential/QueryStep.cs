using System.Linq.Expressions;

namespace AwsLinq.Tests.Differential;

/// <summary>One operator of a generated query between its source and its terminal operator.</summary>
internal abstract record QueryStep<T>
{
    public abstract IQueryable<T> Apply(IQueryable<T> source, ParameterExpression item, bool inline);

    public abstract string Text(string item);

    public virtual IEnumerable<QueryStep<T>> Shrinks() => [];
}

internal sealed record WhereStep<T>(Predicate<T> Predicate) : QueryStep<T>
{
    public override IQueryable<T> Apply(IQueryable<T> source, ParameterExpression item, bool inline) => source.Where(Predicate.Lambda(item, inline));

    public override string Text(string item) => $".Where({item} => {Predicate.Text})";

    public override IEnumerable<QueryStep<T>> Shrinks() => Predicate.Shrinks().Select(p => new WhereStep<T>(p));
}

/// <summary><c>OrderBy</c>, <c>OrderByDescending</c>, <c>ThenBy</c> or <c>ThenByDescending</c> on one key.</summary>
internal sealed record OrderStep<T>(OrderKey<T> Key, bool Then, bool Descending) : QueryStep<T>
{
    public override IQueryable<T> Apply(IQueryable<T> source, ParameterExpression item, bool inline) => Key.Apply(source, Then, Descending);

    public override string Text(string item) =>
        $".{(Then ? "ThenBy" : "OrderBy")}{(Descending ? "Descending" : string.Empty)}({item} => {Key.Text}{Key.ComparerText})";

    public override IEnumerable<QueryStep<T>> Shrinks() => Descending ? [this with { Descending = false }] : [];
}

internal sealed record SkipStep<T>(int Count) : QueryStep<T>
{
    public override IQueryable<T> Apply(IQueryable<T> source, ParameterExpression item, bool inline) => source.Skip(Count);

    public override string Text(string item) => $".Skip({CSharpText.Of(Count)})";

    public override IEnumerable<QueryStep<T>> Shrinks() => Values.Simpler(Count).Select(c => new SkipStep<T>(c));
}

internal sealed record TakeStep<T>(int Count) : QueryStep<T>
{
    public override IQueryable<T> Apply(IQueryable<T> source, ParameterExpression item, bool inline) => source.Take(Count);

    public override string Text(string item) => $".Take({CSharpText.Of(Count)})";

    public override IEnumerable<QueryStep<T>> Shrinks() => Values.Simpler(Count).Select(c => new TakeStep<T>(c));
}

/// <summary>An ordering key, optionally with the comparer written beside it.</summary>
internal sealed record OrderKey<T>(string Text, string ComparerText, Func<IQueryable<T>, bool, bool, IQueryable<T>> Apply)
{
    public static OrderKey<T> Of<TKey>(string text, Expression<Func<T, TKey>> key, IComparer<TKey>? comparer = null, string? comparerText = null) =>
        new(text, comparerText is null ? string.Empty : ", " + comparerText, (source, then, descending) => (then, descending, comparer) switch
        {
            (false, false, null) => source.OrderBy(key),
            (false, true, null) => source.OrderByDescending(key),
            (true, false, null) => ((IOrderedQueryable<T>)source).ThenBy(key),
            (true, true, null) => ((IOrderedQueryable<T>)source).ThenByDescending(key),
            (false, false, _) => source.OrderBy(key, comparer),
            (false, true, _) => source.OrderByDescending(key, comparer),
            (true, false, _) => ((IOrderedQueryable<T>)source).ThenBy(key, comparer),
            (true, true, _) => ((IOrderedQueryable<T>)source).ThenByDescending(key, comparer),
        });
}
