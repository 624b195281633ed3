using Amazon.Runtime;
using Amazon.S3;
using AwsLinq.Providers;

namespace AwsLinq.Tests.Execution;

/// <summary>
/// A resource whose pages are a fixed script, for the core's page loop: what no real endpoint here can be made
/// to send on demand (empty pages that still carry a token, a token that comes back later). The client only names
/// the endpoint; nothing is sent through it.
/// </summary>
internal sealed class ScriptedResource : AwsResource<string>
{
    private readonly ResourcePage<string>[] _pages;
    private readonly ListingOperation<ScriptedRequest, ResourcePage<string>, string> _list;

    public ScriptedResource(params ResourcePage<string>[] pages)
        : this(hasTruncationFlag: false, pages)
    {
    }

    private ScriptedResource(bool hasTruncationFlag, ResourcePage<string>[] pages)
        : base(Client, "Test", "ListThings", new PageSizeRange("MaxItems", 1, 100))
    {
        _pages = pages;
        _list = new(SendAsync, p => p.Items, p => p.NextToken, (r, token) => r.Token = token, hasTruncationFlag ? p => p.IsTruncated : null);
    }

    public int PagesServed { get; private set; }

    /// <summary>A resource whose operation answers with a truncation flag, as S3's <c>IsTruncated</c>.</summary>
    /// <summary>Makes the requests for the page at <paramref name="token"/> fail with <paramref name="errors"/>, one each, before it is answered.</summary>
    public void FailAt(string token, params Exception[] errors) => Failures[token] = new(errors);

    /// <summary>A resource whose operation answers with a truncation flag, as S3's <c>IsTruncated</c>.</summary>
    public static ScriptedResource WithTruncationFlag(params ResourcePage<string>[] pages) => new(true, pages);

    /// <summary>Gets the tokens the requests carried, in order (<see langword="null"/> for a first page).</summary>
    public List<string?> TokensSent { get; } = [];

    private Dictionary<string, Queue<Exception>> Failures { get; } = new(StringComparer.Ordinal);

    private static IAmazonService Client { get; } = new AmazonS3Client(new AnonymousAWSCredentials(), new AmazonS3Config { ServiceURL = "http://scripted.invalid/" });

    public override ResourceTranslation<string> Translate(ResourceQuery<string> query) =>
        new(query.Predicates.Select(_ => Pushdown.None).ToArray(), _ => [_list.Segment(new ListingRequest<ScriptedRequest>())]);

    private async Task<ResourcePage<string>> SendAsync(ScriptedRequest request, CancellationToken cancellationToken)
    {
        await Task.Yield();
        cancellationToken.ThrowIfCancellationRequested();
        TokensSent.Add(request.Token);
        if (request.Token is { } token && Failures.TryGetValue(token, out var failures) && failures.TryDequeue(out var failure))
        {
            throw failure;
        }

        // The first page answers the first request; after that, the page after the one whose token was sent.
        var index = request.Token is null ? 0 : Array.FindIndex(_pages, p => p.NextToken == request.Token) + 1;
        PagesServed++;
        return _pages[index];
    }

    internal sealed class ScriptedRequest
    {
        public string? Token { get; set; }
    }
}
