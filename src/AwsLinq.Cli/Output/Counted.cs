using System.Globalization;

namespace AwsLinq.Cli.Output;

/// <summary>A count with its noun, grouped and in the right number: "1 request", "3,003 items".</summary>
internal static class Counted
{
    public static string Of(long count, string singular, string? plural = null) =>
        $"{count.ToString("N0", CultureInfo.InvariantCulture)} {(count == 1 ? singular : plural ?? singular + "s")}";
}
