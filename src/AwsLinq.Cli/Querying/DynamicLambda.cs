using System.Collections.Concurrent;
using System.Linq.Dynamic.Core;
using System.Linq.Dynamic.Core.CustomTypeProviders;
using System.Linq.Dynamic.Core.Exceptions;
using System.Linq.Expressions;
using AwsLinq.Cli.Errors;

namespace AwsLinq.Cli.Querying;

/// <summary>
/// Parses the C# expressions users type (<c>--where</c>, <c>--select</c>, <c>--order-by</c>) into lambdas over the item
/// type with System.Linq.Dynamic.Core, so that AwsLinq sees the same expression trees as compiled C# and pushes
/// the same predicates down.
/// </summary>
internal static class DynamicLambda
{
    private static readonly ConcurrentDictionary<ItemKind, ParsingConfig> Configs = new();

    // Deeper nesting than anyone writes by hand; the parser recurses per level, and a stack overflow ends the process.
    private const int MaxNesting = 100;

    public static LambdaExpression Parse(ParameterExpression item, ItemKind kind, Type? resultType, string text, string option)
    {
        if (Nesting(text) > MaxNesting)
        {
            throw CliException.Usage($"{option}: the expression nests parentheses more than {MaxNesting} deep; write it with fewer levels, for example as a chain of || or &&.");
        }

        LambdaExpression lambda;
        try
        {
            lambda = DynamicExpressionParser.ParseLambda(ConfigFor(kind), false, [item], resultType, text);
        }
        catch (ParseException e)
        {
            throw ExpressionErrors.Syntax(e, item.Type, kind, text, option);
        }
        catch (InvalidOperationException e)
        {
            // Dynamic LINQ reports some unknown calls (Key.Frob(1), Tags.Sum(Key)) this way, without a position.
            throw ExpressionErrors.Call(e, text, option);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or OverflowException)
        {
            // A literal converted to the property's type at parse time: Size > "abc", LastModified > "2024-13-45".
            throw ExpressionErrors.Value(e, text, option);
        }

        ExpressionChecks.Check(lambda, kind, text, option);
        return lambda;
    }

    private static int Nesting(string text)
    {
        int depth = 0, deepest = 0;
        foreach (var c in text)
        {
            depth += c is '(' or '[' or '{' ? 1 : c is ')' or ']' or '}' ? -1 : 0;
            deepest = Math.Max(deepest, depth);
        }

        return deepest;
    }

    private static ParsingConfig ConfigFor(ItemKind kind) => Configs.GetOrAdd(kind, static k =>
    {
        // Dates typed as text ("2024-06-01") mean UTC, as S3 and EC2 report them.
        var config = new ParsingConfig { DateTimeIsParsedAsUTC = true };
        config.CustomTypeProvider = new DefaultDynamicLinqCustomTypeProvider(config, [.. k.ExtensionTypes], cacheCustomTypes: true);
        return config;
    });
}
