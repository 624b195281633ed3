using System.Text.RegularExpressions;
using AwsLinq.Cli.Errors;

namespace AwsLinq.Cli.Connection;

/// <summary>One <c>--endpoint-url</c>: a URL, or <c>region=URL</c> for one region of <c>--regions</c>.</summary>
internal static partial class EndpointEntry
{
    public static (string? Region, string Url) Split(string text)
    {
        var match = RegionPrefix().Match(text);
        return match.Success ? (match.Groups["region"].Value, match.Groups["url"].Value) : (null, text);
    }

    public static Uri Url(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var endpoint) && (endpoint.Scheme == Uri.UriSchemeHttp || endpoint.Scheme == Uri.UriSchemeHttps)
            ? endpoint
            : throw CliException.Usage($"--endpoint-url: '{UrlText.Redacted(text)}' is not an http:// or https:// URL.");

    /// <summary>Whether <paramref name="name"/> is written as AWS names regions: <c>us-east-1</c>, <c>us-gov-west-1</c>.</summary>
    public static bool IsRegionName(string name) => RegionName().IsMatch(name);

    [GeneratedRegex(@"^(?<region>[a-z]{2}(-[a-z]+)+-[0-9]+)=(?<url>.+)$")]
    private static partial Regex RegionPrefix();

    [GeneratedRegex(@"^[a-z]{2}(-[a-z]+)+-[0-9]+$")]
    private static partial Regex RegionName();
}
