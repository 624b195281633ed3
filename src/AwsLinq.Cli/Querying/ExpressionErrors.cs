using System.Linq.Dynamic.Core.Exceptions;
using System.Text.RegularExpressions;
using AwsLinq.Cli.Errors;

namespace AwsLinq.Cli.Querying;

/// <summary>
/// The messages for expressions that do not parse: each says where or what was wrong and what to write instead, in
/// the user's terms, without the .NET type names (<c>System.Linq.Enumerable</c>, <c>Int64</c>) the parser reports.
/// </summary>
internal static partial class ExpressionErrors
{
    public static CliException Syntax(ParseException e, Type itemType, ItemKind kind, string text, string option)
    {
        var suggestion = PropertySuggester.Suggest(itemType, kind, e.Message) is { } name ? $" Did you mean '{name}'?" : string.Empty;
        var caret = new string(' ', Math.Clamp(e.Position, 0, text.Length)) + "^";
        return CliException.Usage(
            $"{option}: {e.Message.TrimEnd('.')} (at column {e.Position + 1}).{suggestion}{Environment.NewLine}  {text}{Environment.NewLine}  {caret}", e);
    }

    public static CliException Call(InvalidOperationException e, string text, string option)
    {
        var method = MethodName().Match(e.Message) is { Success: true } match ? $"'{match.Groups["name"].Value}'" : "a method";
        return CliException.Usage(
            $"{option}: in '{text}', {method} cannot be called with these arguments. Check its name and arguments; on a collection, "
            + "use Any, All, Count, Where or Select with a condition over the element's properties, for example Tags.Any(Key == \"env\").", e);
    }

    public static CliException Value(Exception e, string text, string option) => CliException.Usage(
        $"{option}: in '{text}', a value does not fit the property it is compared with ({ErrorMessages.FirstLine(e.Message).Replace($" (Parameter '{(e as ArgumentException)?.ParamName}')", string.Empty, StringComparison.Ordinal)}). "
        + "Write numbers as digits (Size > 1000), dates as \"2024-01-31\" or DateTime(2024, 1, 31), and text in double quotes.", e);

    /// <summary>A failure while an expression ran on an item (a division by zero the parse could not see), by its type.</summary>
    public static string? Evaluation(Exception error) => error switch
    {
        DivideByZeroException => "an expression (--where, --select or --order-by) divided by zero for one of the items. "
            + "Guard the divisor, for example Size / (Count == 0 ? 1 : Count), or filter those items out first.",
        _ => null,
    };

    [GeneratedRegex("method '(?<name>[^']+)'", RegexOptions.CultureInvariant)]
    private static partial Regex MethodName();
}
