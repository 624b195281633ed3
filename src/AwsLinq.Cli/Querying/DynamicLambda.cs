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

        try
        {
            return DynamicExpressionParser.ParseLambda(ConfigFor(kind), false, [item], resultType, text);
        }
        catch (ParseException e)
        {
            var suggestion = PropertySuggester.Suggest(item.Type, kind, e.Message) is { } name ? $" Did you mean '{name}'?" : string.Empty;
            var caret = new string(' ', Math.Clamp(e.Position, 0, text.Length)) + "^";
            throw CliException.Usage(
                $"{option}: {e.Message.TrimEnd('.')} (at column {e.Position + 1}).{suggestion}{Environment.NewLine}  {text}{Environment.NewLine}  {caret}", e);
        }
        catch (InvalidOperationException e)
        {
            // Dynamic LINQ reports some unknown calls (Key.Frob(1)) this way, without a position.
            throw CliException.Usage($"{option}: cannot parse '{text}': {e.Message.Trim()}", e);
        }
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
