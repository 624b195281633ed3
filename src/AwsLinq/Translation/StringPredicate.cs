using System.Buffers;
using System.Linq.Expressions;
using System.Reflection;
using System.Text;

namespace AwsLinq;

/// <summary>The kinds of string predicate a resource can recognise on one string property of its items.</summary>
public enum StringPredicateKind
{
    /// <summary><c>x.P.StartsWith("v")</c>, without a comparison or with <see cref="StringComparison.Ordinal"/>.</summary>
    StartsWith,

    /// <summary><c>x.P == "v"</c>, <c>x.P.Equals("v")</c>, <c>string.Equals(x.P, "v")</c>.</summary>
    Equals,

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
/// A predicate of the form <c>item.Property OP "constant"</c>, for resources that push string predicates down.
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
        return MatchAny(predicate, item, property) is { } match && IsWellFormed(match.Value) ? match : null;
    }

    private static StringPredicate? MatchAny(Expression predicate, ParameterExpression item, PropertyInfo property)
    {
        bool IsProperty(Expression e) => e is MemberExpression m && m.Member == property && m.Expression == item;
        static string? Text(Expression e) => e is ConstantExpression { Value: string s } ? s : null;

        switch (predicate)
        {
            case MethodCallExpression call when call.Object is { } target && IsProperty(target):
                if ((call.Method == StartsWithString || (call.Method == StartsWithComparison && IsOrdinal(call.Arguments[1]))) && Text(call.Arguments[0]) is { } prefix)
                {
                    return new(StringPredicateKind.StartsWith, prefix, false);
                }

                if (call.Method == StartsWithChar && call.Arguments[0] is ConstantExpression { Value: char c })
                {
                    return new(StringPredicateKind.StartsWith, c.ToString(), false);
                }

                if ((call.Method == EqualsInstance || (call.Method == EqualsInstanceComparison && IsOrdinal(call.Arguments[1]))) && Text(call.Arguments[0]) is { } equalTo)
                {
                    return new(StringPredicateKind.Equals, equalTo, false);
                }

                return null;
            case MethodCallExpression call when call.Method == EqualsStatic || (call.Method == EqualsStaticComparison && IsOrdinal(call.Arguments[2])):
                return IsProperty(call.Arguments[0]) && Text(call.Arguments[1]) is { } right ? new(StringPredicateKind.Equals, right, false)
                    : IsProperty(call.Arguments[1]) && Text(call.Arguments[0]) is { } left ? new(StringPredicateKind.Equals, left, false)
                    : null;
            case BinaryExpression { NodeType: ExpressionType.Equal } equal when equal.Left.Type == typeof(string):
                return IsProperty(equal.Left) && Text(equal.Right) is { } r ? new(StringPredicateKind.Equals, r, false)
                    : IsProperty(equal.Right) && Text(equal.Left) is { } l ? new(StringPredicateKind.Equals, l, false)
                    : null;
            case BinaryExpression comparison when comparison.NodeType is ExpressionType.GreaterThan or ExpressionType.GreaterThanOrEqual or ExpressionType.LessThan or ExpressionType.LessThanOrEqual:
                return MatchComparison(comparison, IsProperty);
            default:
                return null;
        }
    }

    // x.CompareTo("v") > 0, string.Compare(x, "v") <= 0, 0 < string.CompareOrdinal(x, "v") ...
    private static StringPredicate? MatchComparison(BinaryExpression comparison, Func<Expression, bool> isProperty)
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
        return new(kind, value, utf16 && value.Any(ch => ch >= '\uD800'));
    }

    private static ExpressionType Mirror(ExpressionType type) => type switch
    {
        ExpressionType.GreaterThan => ExpressionType.LessThan,
        ExpressionType.GreaterThanOrEqual => ExpressionType.LessThanOrEqual,
        ExpressionType.LessThan => ExpressionType.GreaterThan,
        _ => ExpressionType.GreaterThanOrEqual,
    };

    // The SDK encodes requests as UTF-8 and sends U+FFFD for a lone surrogate: "\uD83D" would go out as a prefix
    // that no key of "😀..." starts with, though every such key starts with "\uD83D" ordinally.
    private static bool IsWellFormed(string value)
    {
        var rest = value.AsSpan();
        while (!rest.IsEmpty && Rune.DecodeFromUtf16(rest, out _, out var length) == OperationStatus.Done)
        {
            rest = rest[length..];
        }

        return rest.IsEmpty;
    }

    private static bool IsOrdinal(Expression comparison) => comparison is ConstantExpression { Value: StringComparison.Ordinal };
}
