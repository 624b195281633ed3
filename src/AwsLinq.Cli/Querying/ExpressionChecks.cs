using System.Linq.Expressions;
using AwsLinq.Cli.Errors;

namespace AwsLinq.Cli.Querying;

/// <summary>
/// Refuses, before anything is sent, what would fail on the first item: a division by the constant zero, and a
/// helper such as <c>Tag(null)</c> given a null it cannot take.
/// </summary>
internal sealed class ExpressionChecks : ExpressionVisitor
{
    private readonly ItemKind _kind;
    private string? _problem;

    private ExpressionChecks(ItemKind kind) => _kind = kind;

    public static void Check(LambdaExpression lambda, ItemKind kind, string text, string option)
    {
        var checks = new ExpressionChecks(kind);
        checks.Visit(lambda.Body);
        if (checks._problem is { } problem)
        {
            throw CliException.Usage($"{option}: in '{text}', {problem}");
        }
    }

    protected override Expression VisitBinary(BinaryExpression node)
    {
        if (node.NodeType is ExpressionType.Divide or ExpressionType.Modulo && IsZero(node.Right))
        {
            _problem ??= "the divisor is zero, which fails for every item. Divide by something else, or drop the division.";
        }

        return base.VisitBinary(node);
    }

    protected override Expression VisitMethodCall(MethodCallExpression node)
    {
        if (_kind.ExtensionTypes.Contains(node.Method.DeclaringType!)
            && node.Arguments.Skip(1).FirstOrDefault(a => a is ConstantExpression { Value: null }) is not null)
        {
            _problem ??= $"{node.Method.Name}(null) has no value to look up. Give it a string, for example {node.Method.Name}(\"env\").";
        }

        return base.VisitMethodCall(node);
    }

    private static bool IsZero(Expression expression) =>
        (expression is UnaryExpression { NodeType: ExpressionType.Convert } convert ? convert.Operand : expression) is ConstantExpression
        {
            Value: byte or sbyte or short or ushort or int or uint or long or ulong or float or double or decimal,
        } constant
        && Convert.ToDouble(constant.Value, System.Globalization.CultureInfo.InvariantCulture) == 0;
}
