using System.Buffers;
using System.Linq.Expressions;
using System.Reflection;
using System.Text;

namespace AwsLinq.Providers;

/// <summary>The kinds of string predicate a resource can recognise on one string property of its items.</summary>
public enum StringPredicateKind
{
    /// <summary><c>x.P.StartsWith("v")</c>, without a comparison or with <see cref="StringComparison.Ordinal"/>.</summary>
    StartsWith,

    /// <summary><c>x.P == "v"</c>, <c>x.P.Equals("v")</c>, <c>string.Equals(x.P, "v")</c>.</summary>
    Equals,

    /// <summary><c>x.P.EndsWith("v")</c>, without a comparison or with <see cref="StringComparison.Ordinal"/>.</summary>
    EndsWith,

    /// <summary><c>x.P.Contains("v")</c>, without a comparison or with <see cref="StringComparison.Ordinal"/>.</summary>
    Contains,

    /// <summary><c>x.P.CompareTo("v") &gt; 0</c> and its equivalents.</summary>
    GreaterThan,

    /// <summary><c>x.P.CompareTo("v") &gt;= 0</c> and its equivalents.</summary>
    GreaterThanOrEqual,

    /// <summary><c>x.P.CompareTo("v") &lt; 0</c> and its equivalents.</summary>
    LessThan,

    /// <summary><c>x.P.CompareTo("v") &lt;= 0</c> and its equivalents.</summary>
    LessThanOrEqual,
}

/// <summary>
/// A predicate of the form <c>subject OP "constant"</c>, for resources that push string predicates down: the subject
/// is a property of the item, or any expression the resource recognises (<c>i.State.Name</c>, <c>i.Tag("env")</c>).
/// Matching is ordinal: culture-sensitive and case-insensitive forms are not recognised, nor are constants
/// with a lone surrogate, which the SDK would send as U+FFFD.
/// </summary>
/// <param name="Kind">What the predicate tests.</param>
/// <param name="Value">The constant it compares with.</param>
/// <param name="Utf16Order">
/// For comparisons: written with an explicit ordinal comparison, which orders by UTF-16 code units rather than by
/// UTF-8 bytes (the order AWS services list in), and whose value has a character where the two orders disagree.
/// </param>
public sealed record StringPredicate(StringPredicateKind Kind, string Value, bool Utf16Order)
{
    private static readonly MethodInfo StartsWithString = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;
    private static readonly MethodInfo StartsWithComparison = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string), typeof(StringComparison)])!;
    private static readonly MethodInfo StartsWithChar = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(char)])!;
    private static readonly MethodInfo EndsWithString = typeof(string).GetMethod(nameof(string.EndsWith), [typeof(string)])!;
    private static readonly MethodInfo EndsWithComparison = typeof(string).GetMethod(nameof(string.EndsWith), [typeof(string), typeof(StringComparison)])!;
    private static readonly MethodInfo EndsWithChar = typeof(string).GetMethod(nameof(string.EndsWith), [typeof(char)])!;
    private static readonly MethodInfo ContainsString = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;
    private static readonly MethodInfo ContainsComparison = typeof(string).GetMethod(nameof(string.Contains), [typeof(string), typeof(StringComparison)])!;
    private static readonly MethodInfo ContainsChar = typeof(string).GetMethod(nameof(string.Contains), [typeof(char)])!;
    private static readonly MethodInfo EqualsInstance = typeof(string).GetMethod(nameof(string.Equals), [typeof(string)])!;
    private static readonly MethodInfo EqualsInstanceComparison = typeof(string).GetMethod(nameof(string.Equals), [typeof(string), typeof(StringComparison)])!;
    private static readonly MethodInfo EqualsStatic = typeof(string).GetMethod(nameof(string.Equals), [typeof(string), typeof(string)])!;
    private static readonly MethodInfo EqualsStaticComparison = typeof(string).GetMethod(nameof(string.Equals), [typeof(string), typeof(string), typeof(StringComparison)])!;
    private static readonly MethodInfo CompareTo = typeof(string).GetMethod(nameof(string.CompareTo), [typeof(string)])!;
    private static readonly MethodInfo Compare = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;
    private static readonly MethodInfo CompareComparison = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string), typeof(StringComparison)])!;
    private static readonly MethodInfo CompareOrdinal = typeof(string).GetMethod(nameof(string.CompareOrdinal), [typeof(string), typeof(string)])!;

    /// <summary>Recognises <paramref name="predicate"/> as a string predicate on <paramref name="property"/> of <paramref name="item"/>.</summary>
    /// <param name="predicate">A predicate body over <paramref name="item"/>, with captured values already constants.</param>
    /// <param name="item">The lambda parameter.</param>
    /// <param name="property">The string property.</param>
    /// <returns>The predicate, or <see langword="null"/> when it has another form.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static StringPredicate? Match(Expression predicate, ParameterExpression item, PropertyInfo property)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(property);
        return Match(predicate, e => e is MemberExpression m && m.Member == property && m.Expression == item)?.Predicate;
    }

    /// <summary>Recognises <paramref name="predicate"/> as a string predicate on a subject that <paramref name="isSubject"/> accepts.</summary>
    /// <param name="predicate">A predicate body, with captured values already constants.</param>
    /// <param name="isSubject">Whether an expression is a string the resource can filter on.</param>
    /// <returns>The predicate and its subject, or <see langword="null"/> when it has another form.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static (StringPredicate Predicate, Expression Subject)? Match(Expression predicate, Func<Expression, bool> isSubject)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        ArgumentNullException.ThrowIfNull(isSubject);
        return MatchAny(predicate, isSubject) is { } match && RoundTripsUtf8(match.Predicate.Value) ? match : null;
    }

    private static (StringPredicate Predicate, Expression Subject)? MatchAny(Expression predicate, Func<Expression, bool> isSubject)
    {
        static string? Text(Expression e) => e is ConstantExpression { Value: string s } ? s : null;
        static string? Character(Expression e) => e is ConstantExpression { Value: char c } ? c.ToString() : null;
        (StringPredicate, Expression)? Found(StringPredicateKind kind, string? value, Expression subject) =>
            value is null ? null : (new StringPredicate(kind, value, false), subject);

        switch (predicate)
        {
            case MethodCallExpression call when call.Object is { } target && call.Method.DeclaringType == typeof(string) && isSubject(target):
                var method = call.Method;
                var ordinal = call.Arguments.Count == 1 || IsOrdinal(call.Arguments[1]);
                return (method, ordinal) switch
                {
                    _ when method == StartsWithChar => Found(StringPredicateKind.StartsWith, Character(call.Arguments[0]), target),
                    _ when method == EndsWithChar => Found(StringPredicateKind.EndsWith, Character(call.Arguments[0]), target),
                    _ when method == ContainsChar => Found(StringPredicateKind.Contains, Character(call.Arguments[0]), target),
                    (_, false) => null,
                    _ when method == StartsWithString || method == StartsWithComparison => Found(StringPredicateKind.StartsWith, Text(call.Arguments[0]), target),
                    _ when method == EndsWithString || method == EndsWithComparison => Found(StringPredicateKind.EndsWith, Text(call.Arguments[0]), target),
                    _ when method == ContainsString || method == ContainsComparison => Found(StringPredicateKind.Contains, Text(call.Arguments[0]), target),
                    _ when method == EqualsInstance || method == EqualsInstanceComparison => Found(StringPredicateKind.Equals, Text(call.Arguments[0]), target),
                    _ => null,
                };
            case MethodCallExpression call when call.Method == EqualsStatic || (call.Method == EqualsStaticComparison && IsOrdinal(call.Arguments[2])):
                return isSubject(call.Arguments[0]) ? Found(StringPredicateKind.Equals, Text(call.Arguments[1]), call.Arguments[0])
                    : isSubject(call.Arguments[1]) ? Found(StringPredicateKind.Equals, Text(call.Arguments[0]), call.Arguments[1])
                    : null;
            case BinaryExpression { NodeType: ExpressionType.Equal } equal when equal.Left.Type == typeof(string):
                return isSubject(equal.Left) ? Found(StringPredicateKind.Equals, Text(equal.Right), equal.Left)
                    : isSubject(equal.Right) ? Found(StringPredicateKind.Equals, Text(equal.Left), equal.Right)
                    : null;
            case BinaryExpression comparison when comparison.NodeType is ExpressionType.GreaterThan or ExpressionType.GreaterThanOrEqual or ExpressionType.LessThan or ExpressionType.LessThanOrEqual:
                return MatchComparison(comparison, isSubject);
            default:
                return null;
        }
    }

    // x.CompareTo("v") > 0, string.Compare(x, "v") <= 0, 0 < string.CompareOrdinal(x, "v") ...
    private static (StringPredicate, Expression)? MatchComparison(BinaryExpression comparison, Func<Expression, bool> isProperty)
    {
        var nodeType = comparison.NodeType;
        Expression call = comparison.Left, zero = comparison.Right;
        if (comparison.Left is ConstantExpression)
        {
            (call, zero) = (comparison.Right, comparison.Left);
            nodeType = Mirror(nodeType);
        }

        if (zero is not ConstantExpression { Value: 0 } || call is not MethodCallExpression method)
        {
            return null;
        }

        Expression a, b;
        bool utf16;
        if (method.Method == CompareTo)
        {
            (a, b, utf16) = (method.Object!, method.Arguments[0], false);
        }
        else if (method.Method == Compare || method.Method == CompareOrdinal)
        {
            (a, b, utf16) = (method.Arguments[0], method.Arguments[1], method.Method == CompareOrdinal);
        }
        else if (method.Method == CompareComparison && IsOrdinal(method.Arguments[2]))
        {
            (a, b, utf16) = (method.Arguments[0], method.Arguments[1], true);
        }
        else
        {
            return null;
        }

        if (isProperty(b) && a is ConstantExpression)
        {
            (a, b) = (b, a);
            nodeType = Mirror(nodeType);
        }

        if (!isProperty(a) || b is not ConstantExpression { Value: string value })
        {
            return null;
        }

        var kind = nodeType switch
        {
            ExpressionType.GreaterThan => StringPredicateKind.GreaterThan,
            ExpressionType.GreaterThanOrEqual => StringPredicateKind.GreaterThanOrEqual,
            ExpressionType.LessThan => StringPredicateKind.LessThan,
            _ => StringPredicateKind.LessThanOrEqual,
        };

        // Below U+D800 UTF-16 and UTF-8 agree, so a bound made only of such characters orders the same either way.
        return (new(kind, value, utf16 && value.Any(ch => ch >= '\uD800')), a);
    }

    private static ExpressionType Mirror(ExpressionType type) => type switch
    {
        ExpressionType.GreaterThan => ExpressionType.LessThan,
        ExpressionType.GreaterThanOrEqual => ExpressionType.LessThanOrEqual,
        ExpressionType.LessThan => ExpressionType.GreaterThan,
        _ => ExpressionType.GreaterThanOrEqual,
    };

    /// <summary>
    /// Whether <paramref name="value"/> reaches AWS as written. The SDK encodes requests as UTF-8 and sends U+FFFD
    /// for a lone surrogate: <c>"\uD83D"</c> would go out as a prefix that no key of <c>"😀..."</c> starts with,
    /// though every such key starts with <c>"\uD83D"</c> ordinally. A resource pushes down no such value.
    /// </summary>
    /// <param name="value">A constant from a query.</param>
    /// <returns><see langword="false"/> when <paramref name="value"/> has a lone surrogate.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public static bool RoundTripsUtf8(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var rest = value.AsSpan();
        while (!rest.IsEmpty && Rune.DecodeFromUtf16(rest, out _, out var length) == OperationStatus.Done)
        {
            rest = rest[length..];
        }

        return rest.IsEmpty;
    }

    private static bool IsOrdinal(Expression comparison) => comparison is ConstantExpression { Value: StringComparison.Ordinal };
}
