using System.Runtime.CompilerServices;

namespace AwsLinq.Tests.Execution;

/// <summary>
/// A resource whose pages are a fixed script, for the core's page loop: what no real endpoint here can be made
/// to send on demand (empty pages that still carry a token, a token that comes back later).
/// </summary>
internal sealed class ScriptedResource(params ResourcePage<string>[] pages)
    : AwsResource<string>("Test", "ListThings", new PageSizeRange("MaxItems", 1, 100))
{
    public int PagesServed { get; private set; }

    public override ResourceTranslation<string> Translate(ResourceQuery<string> query) =>
        new Translation(this, query.Predicates.Select(_ => Pushdown.None).ToArray());

    private async IAsyncEnumerable<ResourcePage<string>> Pages([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var page in pages)
        {
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            PagesServed++;
            yield return page;
            if (page.NextToken is null)
            {
                yield break;
            }
        }
    }

    private sealed class Translation(ScriptedResource resource, Pushdown[] pushdown) : ResourceTranslation<string>(pushdown)
    {
        public override IReadOnlyList<ListingSegment<string>> CreateSegments(ListingLimits limits) =>
            [new ListingSegment<string>([], resource.Pages)];
    }
}
