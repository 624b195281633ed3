using System.Globalization;

namespace AwsLinq.LocalAws;

/// <summary>
/// One fault on one operation of one service, as <see cref="LocalAwsOptions.Faults"/> and
/// <c>awslinq local serve --fault</c> take it.
/// </summary>
/// <param name="Service">The service: <c>s3</c>, <c>ec2</c> or <c>sqs</c>.</param>
/// <param name="Operation">The operation as the service names it (<c>ListObjectsV2</c>), or <c>*</c> for every operation.</param>
/// <param name="Fault">What goes wrong.</param>
/// <param name="Rate">The fraction of the operation's requests it hits, from 0 to 1.</param>
/// <param name="Times">How many requests it hits at most; <see langword="null"/> for no limit.</param>
public sealed record LocalFaultRule(string Service, string Operation, LocalFault Fault, double Rate = 1.0, int? Times = null)
{
    /// <summary>The operation name that stands for every operation of the service.</summary>
    public const string AnyOperation = "*";

    /// <summary>
    /// Reads <c>service:operation=fault[@rate][#times]</c>: <c>s3:ListObjectsV2=throttling@10%</c>,
    /// <c>sqs:DeleteQueue=drop-after#1</c>, <c>ec2:*=delay:200ms@0.5</c>. The rate is a fraction or a percentage.
    /// </summary>
    /// <param name="text">The rule.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">The text is not of that form, or names no fault; the message says what to write.</exception>
    public static LocalFaultRule Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (equals < 0 || colon < 0 || colon > equals || colon == 0 || equals == colon + 1)
        {
            throw new FormatException(
                $"'{text}' is not a fault rule. Write service:operation=fault[@rate][#times], for example s3:ListObjectsV2=throttling@10%.");
        }

        var service = text[..colon].Trim().ToLowerInvariant();
        var operation = text[(colon + 1)..equals].Trim();
        var rest = text[(equals + 1)..];
        int? times = null;
        var hash = rest.LastIndexOf('#');
        if (hash >= 0)
        {
            times = int.TryParse(rest[(hash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count > 0
                ? count
                : throw new FormatException($"'{rest[(hash + 1)..]}' in '{text}' is not a number of times: write #1, #5...");
            rest = rest[..hash];
        }

        var rate = 1.0;
        var at = rest.LastIndexOf('@');
        if (at >= 0)
        {
            rate = ParseRate(rest[(at + 1)..], text);
            rest = rest[..at];
        }

        return new LocalFaultRule(service, operation, LocalFault.Parse(rest), rate, times);
    }

    /// <summary>Renders the rule as <see cref="Parse"/> reads it.</summary>
    /// <returns>The rule as text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Service}:{Operation}={Fault}{(Rate < 1 ? $"@{Rate:0.####}" : "")}{(Times is { } t ? $"#{t}" : "")}");

    private static double ParseRate(string text, string rule)
    {
        var percent = text.EndsWith('%');
        var number = percent ? text[..^1] : text;
        if (!double.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            || (percent ? value > 100 : value > 1))
        {
            throw new FormatException($"'{text}' in '{rule}' is not a rate: write a fraction from 0 to 1 (@0.1) or a percentage (@10%).");
        }

        return percent ? value / 100 : value;
    }
}
