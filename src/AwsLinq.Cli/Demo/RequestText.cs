using AwsLinq.LocalAws;

namespace AwsLinq.Cli.Demo;

/// <summary>Renders the requests the local endpoint served, one line each, long listings shortened.</summary>
internal static class RequestText
{
    private const int ShortenAbove = 8;
    private const int TokenChars = 12;

    public static IEnumerable<string> Lines(IReadOnlyList<ServedRequest> requests)
    {
        if (requests.Count <= ShortenAbove)
        {
            return requests.Select(Line);
        }

        // The first pages and the last show the paging; the ones between only repeat it.
        var skipped = requests.Count - 4;
        return requests.Take(3).Select(Line)
            .Append($"... {skipped} more like these ...")
            .Append(Line(requests[^1]));
    }

    public static string Line(ServedRequest request)
    {
        var parts = new List<string> { request.Operation };
        if (request.Bucket is not null)
        {
            parts.Add(request.Bucket);
        }

        parts.AddRange(request.Parameters.Select(p => p.Key + "=" + Shorten(p.Key, p.Value)));
        if (request.StatusCode is < 200 or > 299)
        {
            parts.Add($"-> HTTP {request.StatusCode}");
        }

        return string.Join(' ', parts);
    }

    // Continuation tokens are opaque and long; their start is enough to tell pages apart.
    private static string Shorten(string name, string value) =>
        name == "ContinuationToken" && value.Length > TokenChars ? value[..TokenChars] + "..." : value;
}
