using System.Linq.Expressions;
using System.Runtime.CompilerServices;

namespace AwsLinq.Tests.Differential;

/// <summary>A generated predicate over one item: an expression for both query providers, and the C# it reads as.</summary>
internal abstract record Predicate<T>
{
    /// <summary>The body over <paramref name="item"/>; captured values stay captured unless <paramref name="inline"/>.</summary>
    public abstract Expression Body(ParameterExpression item, bool inline);

    public abstract string Text { get; }

    /// <summary>Smaller predicates to try when shrinking a failing query, simplest first.</summary>
    public abstract IEnumerable<Predicate<T>> Shrinks();

    /// <summary>
    /// The part of the predicate a service could filter on (atoms marked <c>Narrows</c>), or <see langword="null"/>:
    /// it only estimates how much of the listing a query reads, to choose page sizes that keep runs short.
    /// </summary>
    public abstract Predicate<T>? Narrowing { get; }

    public Expression<Func<T, bool>> Lambda(ParameterExpression item, bool inline) => Expression.Lambda<Func<T, bool>>(Body(item, inline), item);

    public override string ToString() => Text;
}

/// <summary>One comparison or call with one constant, which shrinking simplifies.</summary>
internal sealed record Atom<T, TValue>(string Format, TValue Value, Func<TValue, Expression<Func<T, bool>>> Make, Func<TValue, IEnumerable<TValue>> Simpler)
    : Predicate<T>
{
    public bool Narrows { get; init; }

    public override Predicate<T>? Narrowing => Narrows ? this : null;

    public override string Text => string.Format(System.Globalization.CultureInfo.InvariantCulture, Format, CSharpText.Of(Value));

    public override Expression Body(ParameterExpression item, bool inline)
    {
        var lambda = Make(Value);
        var body = new Rebinder(lambda.Parameters[0], item).Visit(lambda.Body);
        return inline ? new Inliner().Visit(body) : body;
    }

    public override IEnumerable<Predicate<T>> Shrinks() => Simpler(Value).Select(v => this with { Value = v });

    private sealed class Rebinder(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }

    // A value captured by the lambda that made the atom, written as the literal it holds.
    private sealed class Inliner : ExpressionVisitor
    {
        protected override Expression VisitMember(MemberExpression node) =>
            node.Expression is ConstantExpression { Value: { } closure } && closure.GetType().IsDefined(typeof(CompilerGeneratedAttribute), false)
                ? Expression.Constant(Expression.Lambda<Func<object?>>(Expression.Convert(node, typeof(object))).Compile()(), node.Type)
                : base.VisitMember(node);
    }
}

internal sealed record And<T>(Predicate<T> Left, Predicate<T> Right) : Predicate<T>
{
    public override string Text => $"({Left.Text} && {Right.Text})";

    public override Predicate<T>? Narrowing => (Left.Narrowing, Right.Narrowing) switch
    {
        (null, var right) => right,
        (var left, null) => left,
        (var left, var right) => new And<T>(left, right),
    };

    public override Expression Body(ParameterExpression item, bool inline) => Expression.AndAlso(Left.Body(item, inline), Right.Body(item, inline));

    public override IEnumerable<Predicate<T>> Shrinks() =>
        new[] { Left, Right }.Concat(Left.Shrinks().Select(l => this with { Left = l })).Concat(Right.Shrinks().Select(r => this with { Right = r }));
}

internal sealed record Or<T>(Predicate<T> Left, Predicate<T> Right) : Predicate<T>
{
    public override string Text => $"({Left.Text} || {Right.Text})";

    public override Predicate<T>? Narrowing => Left.Narrowing is { } left && Right.Narrowing is { } right ? new Or<T>(left, right) : null;

    public override Expression Body(ParameterExpression item, bool inline) => Expression.OrElse(Left.Body(item, inline), Right.Body(item, inline));

    public override IEnumerable<Predicate<T>> Shrinks() =>
        new[] { Left, Right }.Concat(Left.Shrinks().Select(l => this with { Left = l })).Concat(Right.Shrinks().Select(r => this with { Right = r }));
}

internal sealed record Not<T>(Predicate<T> Operand) : Predicate<T>
{
    public override string Text => Operand.Text.StartsWith('(') ? $"!{Operand.Text}" : $"!({Operand.Text})";

    public override Predicate<T>? Narrowing => null;

    public override Expression Body(ParameterExpression item, bool inline) => Expression.Not(Operand.Body(item, inline));

    public override IEnumerable<Predicate<T>> Shrinks() => new[] { Operand }.Concat(Operand.Shrinks().Select(o => new Not<T>(o)));
}
