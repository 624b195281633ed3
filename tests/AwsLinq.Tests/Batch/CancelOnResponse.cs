using Amazon.Runtime;

namespace AwsLinq.Tests.Batch;

/// <summary>
/// An SDK <see cref="HttpClientFactory"/> whose clients cancel a token once the server has answered a matching
/// request, before the SDK reads the answer: a cancellation that arrives while a call is in flight, after the service
/// has already acted on it, as happens when the answer is still on the wire.
/// </summary>
internal sealed class CancelOnResponse(Func<HttpRequestMessage, bool> matches) : HttpClientFactory, IDisposable
{
    private readonly Func<HttpRequestMessage, bool> _matches = matches;
    private readonly CancellationTokenSource _source = new();

    public CancellationToken Token => _source.Token;

    public override HttpClient CreateHttpClient(IClientConfig clientConfig) => new(new Handler(this) { InnerHandler = new SocketsHttpHandler() });

    public void Dispose() => _source.Dispose();

    private sealed class Handler(CancelOnResponse owner) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            if (owner._source.IsCancellationRequested || !owner._matches(request))
            {
                return response;
            }

            await owner._source.CancelAsync();

            // HttpClient links the caller's token into this one, so the SDK call now ends as a cancelled read would.
            if (cancellationToken.IsCancellationRequested)
            {
                response.Dispose();
                cancellationToken.ThrowIfCancellationRequested();
            }

            return response;
        }
    }
}
