using System.CommandLine.Parsing;
using System.Globalization;

namespace AwsLinq.Cli.Commands;

/// <summary>
/// Parses whole-number options with a message that names the option and says what to write, instead of the parser's
/// "Cannot parse argument ... as expected type 'System.Nullable`1[System.Int32]'".
/// </summary>
internal static class WholeNumbers
{
    public static Func<ArgumentResult, int?> Parse(string option, int min, int max = int.MaxValue) => result =>
    {
        var text = result.Tokens.Count == 0 ? string.Empty : result.Tokens[^1].Value;
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        result.AddError(int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _)
            ? (max == int.MaxValue ? $"{option}: must be {min} or more, not {text}." : $"{option}: must be from {min} to {max}, not {text}.")
            : $"{option}: '{text}' is not a whole number; write digits only, for example {option} {Math.Clamp(10, min, max)}.");
        return null;
    };
}
