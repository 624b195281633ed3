using System.Collections;
using System.Globalization;
using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using System.Text;
using Amazon.Runtime;

namespace AwsLinq.Explain;

/// <summary>Prints an expression as the C# a user would write, for plans and error messages.</summary>
internal static class ExpressionPrinter
{
    public static string Print(Expression expression)
    {
        var builder = new StringBuilder();
        Write(builder, expression, 0);
        return builder.ToString();
    }

    private static void Write(StringBuilder b, Expression e, int parentPrecedence)
    {
        switch (e)
        {
            case LambdaExpression lambda:
                b.Append(lambda.Parameters.Count == 1 ? lambda.Parameters[0].Name : "(" + string.Join(", ", lambda.Parameters.Select(p => p.Name)) + ")");
                b.Append(" => ");
                Write(b, lambda.Body, 0);
                break;
            case ParameterExpression parameter:
                b.Append(parameter.Name);
                break;
            case ConstantExpression constant:
                b.Append(Literal(constant.Value));
                break;
            case MemberExpression member:
                if (member.Expression is null)
                {
                    b.Append(member.Member.DeclaringType!.Name);
                }
                else
                {
                    Write(b, member.Expression, Precedence.Primary);
                }

                b.Append('.').Append(member.Member.Name);
                break;
            case UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.ConvertChecked or ExpressionType.Quote } unary:
                Write(b, unary.Operand, parentPrecedence);
                break;
            case UnaryExpression { NodeType: ExpressionType.Not } not:
                b.Append('!');
                Write(b, not.Operand, Precedence.Unary);
                break;
            case BinaryExpression binary when Operators.TryGetValue(binary.NodeType, out var op):
                var precedence = op.Precedence;
                if (precedence < parentPrecedence)
                {
                    b.Append('(');
                }

                Write(b, binary.Left, precedence);
                b.Append(' ').Append(op.Symbol).Append(' ');
                Write(b, binary.Right, precedence + 1);
                if (precedence < parentPrecedence)
                {
                    b.Append(')');
                }

                break;
            case MethodCallExpression call:
                WriteCall(b, call);
                break;
            case ConditionalExpression conditional:
                b.Append('(');
                Write(b, conditional.Test, 0);
                b.Append(" ? ");
                Write(b, conditional.IfTrue, 0);
                b.Append(" : ");
                Write(b, conditional.IfFalse, 0);
                b.Append(')');
                break;
            case NewExpression { Members: not null } anonymous:
                b.Append("new { ");
                for (var i = 0; i < anonymous.Arguments.Count; i++)
                {
                    b.Append(i == 0 ? string.Empty : ", ").Append(anonymous.Members[i].Name).Append(" = ");
                    Write(b, anonymous.Arguments[i], 0);
                }

                b.Append(" }");
                break;
            case NewArrayExpression { NodeType: ExpressionType.NewArrayInit } array:
                b.Append("new[] { ");
                for (var i = 0; i < array.Expressions.Count; i++)
                {
                    b.Append(i == 0 ? string.Empty : ", ");
                    Write(b, array.Expressions[i], 0);
                }

                b.Append(" }");
                break;
            default:
                b.Append(e);
                break;
        }
    }

    private static void WriteCall(StringBuilder b, MethodCallExpression call)
    {
        var isExtension = call.Method.IsDefined(typeof(ExtensionAttribute), inherit: false);
        var arguments = call.Arguments.AsEnumerable();
        if (call.Object is not null)
        {
            Write(b, call.Object, Precedence.Primary);
        }
        else if (isExtension)
        {
            Write(b, call.Arguments[0], Precedence.Primary);
            arguments = arguments.Skip(1);
        }
        else
        {
            b.Append(call.Method.DeclaringType!.Name);
        }

        b.Append('.').Append(call.Method.Name).Append('(');
        var first = true;
        foreach (var argument in arguments)
        {
            b.Append(first ? string.Empty : ", ");
            Write(b, argument, 0);
            first = false;
        }

        b.Append(')');
    }

    private static string Literal(object? value) => value switch
    {
        null => "null",
        string s => Quote(s),
        char c => "'" + c + "'",
        bool flag => flag ? "true" : "false",
        ConstantClass constant => Quote(constant.Value),
        DateTime time => $"DateTime.Parse(\"{time.ToString("O", CultureInfo.InvariantCulture)}\")",
        DateTimeOffset time => $"DateTimeOffset.Parse(\"{time.ToString("O", CultureInfo.InvariantCulture)}\")",
        Enum e => e.GetType().Name + "." + e,
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable items => "[" + string.Join(", ", items.Cast<object?>().Select(Literal)) + "]",
        _ => value.ToString() ?? value.GetType().Name,
    };

    private static string Quote(string s) => "\"" + Escape(s).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    /// <summary>
    /// Control characters written as C# escapes, so a value stays on its line, and backslashes doubled where
    /// <paramref name="backslashes"/> asks for a C# literal rather than the value as sent.
    /// </summary>
    internal static string Escape(string s, bool backslashes = true)
    {
        var text = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            text.Append(c switch
            {
                '\\' when backslashes => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\0' => "\\0",
                _ when char.IsControl(c) => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }

        return text.ToString();
    }

    private static readonly Dictionary<ExpressionType, (string Symbol, int Precedence)> Operators = new()
    {
        [ExpressionType.Coalesce] = ("??", 1),
        [ExpressionType.OrElse] = ("||", 2),
        [ExpressionType.AndAlso] = ("&&", 3),
        [ExpressionType.Or] = ("|", 4),
        [ExpressionType.And] = ("&", 5),
        [ExpressionType.Equal] = ("==", 6),
        [ExpressionType.NotEqual] = ("!=", 6),
        [ExpressionType.LessThan] = ("<", 7),
        [ExpressionType.LessThanOrEqual] = ("<=", 7),
        [ExpressionType.GreaterThan] = (">", 7),
        [ExpressionType.GreaterThanOrEqual] = (">=", 7),
        [ExpressionType.Add] = ("+", 8),
        [ExpressionType.Subtract] = ("-", 8),
        [ExpressionType.Multiply] = ("*", 9),
        [ExpressionType.Divide] = ("/", 9),
        [ExpressionType.Modulo] = ("%", 9),
    };

    private static class Precedence
    {
        public const int Unary = 10;
        public const int Primary = 11;
    }
}
