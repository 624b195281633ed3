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

    public static CliException Value(Exception e, string text, string option)
    {
        // The framework's converter says "abc is not a valid value for Int64."; when it words it otherwise, say it generally.
        var what = InvalidValue().Match(e.Message) is { Success: true } match
            ? $"the property takes {Kind(match.Groups["type"].Value)}, not '{match.Groups["value"].Value}'"
            : "a value does not fit the property it is compared with";
        return CliException.Usage(
            $"{option}: in '{text}', {what}. Write numbers as digits (Size > 1000), dates as \"2024-01-31\" or DateTime(2024, 1, 31), and text in double quotes.", e);
    }

    private static string Kind(string type) => type switch
    {
        "Int64" or "Int32" or "Int16" or "Byte" or "UInt64" or "UInt32" or "UInt16" or "SByte" => "a whole number",
        "Double" or "Single" or "Decimal" => "a number",
        "DateTime" or "DateTimeOffset" => "a date",
        "Boolean" => "true or false",
        _ => "a value of its own type",
    };

    /// <summary>A failure while an expression ran on an item (a division by zero the parse could not see), by its type.</summary>
    public static string? Evaluation(Exception error) => error switch
    {
        DivideByZeroException => "an expression (--where, --select or --order-by) divided by zero for one of the items. "
            + "Guard the divisor, for example Size / (Count == 0 ? 1 : Count), or filter those items out first.",
        _ => null,
    };

    [GeneratedRegex(@"^(?<value>.*) is not a valid value for (?<type>\w+)\.", RegexOptions.CultureInvariant)]
    private static partial Regex InvalidValue();

    [GeneratedRegex("method '(?<name>[^']+)'", RegexOptions.CultureInvariant)]
    private static partial Regex MethodName();
}
