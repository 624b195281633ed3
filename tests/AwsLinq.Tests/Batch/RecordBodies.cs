using System.Collections.Concurrent;
using System.Text;
using Amazon.Runtime;

namespace AwsLinq.Tests.Batch;

/// <summary>
/// An SDK <see cref="HttpClientFactory"/> whose clients keep the body of every matching request as it went over the
/// wire to the endpoint, so that a test can read what the request log does not record (the entries of DeleteObjects).
/// </summary>
internal sealed class RecordBodies(Func<HttpRequestMessage, bool> matches) : HttpClientFactory
{
    private readonly ConcurrentQueue<string> _bodies = new();

    private Func<HttpRequestMessage, bool> Matches => matches;

    public IReadOnlyList<string> Bodies => [.. _bodies];

    public override HttpClient CreateHttpClient(IClientConfig clientConfig) => new(new Handler(this) { InnerHandler = new SocketsHttpHandler() });

    private sealed class Handler(RecordBodies owner) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.Content is { } content && owner.Matches(request))
            {
                await content.LoadIntoBufferAsync(cancellationToken);
                owner._bodies.Enqueue(Encoding.UTF8.GetString(await content.ReadAsByteArrayAsync(cancellationToken)));
            }

            return await base.SendAsync(request, cancellationToken);
        }
    }
}
