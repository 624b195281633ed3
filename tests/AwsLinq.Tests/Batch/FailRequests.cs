using Amazon.Runtime;

namespace AwsLinq.Tests.Batch;

/// <summary>
/// An SDK <see cref="HttpClientFactory"/> whose clients fail matching requests as an unreachable endpoint would,
/// with an <see cref="HttpRequestException"/> and no answer from the service.
/// </summary>
internal sealed class FailRequests(Func<HttpRequestMessage, bool> matches) : HttpClientFactory
{
    public override HttpClient CreateHttpClient(IClientConfig clientConfig) => new(new Handler(matches) { InnerHandler = new SocketsHttpHandler() });

    private sealed class Handler(Func<HttpRequestMessage, bool> matches) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            matches(request) ? throw new HttpRequestException("Connection refused (simulated).") : base.SendAsync(request, cancellationToken);
    }
}
