using System.Globalization;
using Amazon.Runtime;

namespace AwsLinq.Ec2.Filtering;

/// <summary>How EC2 writes filter values: <c>*</c> and <c>?</c> are wildcards in any value, <c>\</c> escapes them and itself.</summary>
internal sealed class Ec2FilterSyntax : IFilterSyntax
{
    public static Ec2FilterSyntax Instance { get; } = new();

    /// <summary>
    /// The SDK's enum-like <see cref="ConstantClass"/> values compare case-insensitively in .NET while EC2 filters
    /// compare case-sensitively; EC2 spells every enumerated value it returns in lower case (even where the SDK's
    /// constant does not: <c>PlatformValues.Windows</c> is "Windows", EC2 says "windows"), so the lower-case value
    /// matches exactly the items the .NET comparison matches.
    /// </summary>
    public string? Literal(object? value, Type fieldType, out bool exact)
    {
        exact = true;
        var enumerated = typeof(ConstantClass).IsAssignableFrom(fieldType);
        switch (value)
        {
            case string text when Sendable(text):
                return Escape(enumerated ? text.ToLowerInvariant() : text);
            case ConstantClass constant when Sendable(constant.Value):
                return Escape(constant.Value.ToLowerInvariant());
            case bool flag:
                return flag ? "true" : "false";
            case int or long:
                return Convert.ToString(value, CultureInfo.InvariantCulture);
            default:
                exact = false;
                return null;
        }
    }

    public string? Pattern(StringPredicateKind kind, string text) => !Sendable(text) ? null : kind switch
    {
        StringPredicateKind.StartsWith => Escape(text) + "*",
        StringPredicateKind.EndsWith => "*" + Escape(text),
        StringPredicateKind.Contains => "*" + Escape(text) + "*",
        _ => null,
    };

    /// <summary>
    /// Whether a value can be sent as written and mean what the query means. EC2 has no value for an empty field (an
    /// instance without a public DNS name reads "" in the SDK), so no filter value, nor the pattern <c>*</c>, matches
    /// it; a lone surrogate would be sent as U+FFFD.
    /// </summary>
    public static bool Sendable(string text) => text.Length > 0 && StringPredicate.RoundTripsUtf8(text);

    private static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("*", "\\*", StringComparison.Ordinal).Replace("?", "\\?", StringComparison.Ordinal);
}
