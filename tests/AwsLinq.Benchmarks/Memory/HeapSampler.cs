using Amazon.Runtime;

namespace AwsLinq.Benchmarks.Memory;

/// <summary>
/// An SDK <see cref="HttpClientFactory"/> whose client records the live managed heap, after a full collection,
/// as each request goes out: by then the items of the pages before it are garbage unless the query kept them.
/// </summary>
internal sealed class HeapSampler : HttpClientFactory, IDisposable
{
    private readonly Lock _gate = new();
    private readonly List<long> _samples = [];
    private readonly HttpClient _client;

    public HeapSampler() => _client = new HttpClient(new SamplingHandler(this));

    public IReadOnlyList<long> TakeSamples()
    {
        lock (_gate)
        {
            var samples = _samples.ToArray();
            _samples.Clear();
            return samples;
        }
    }

    public override HttpClient CreateHttpClient(IClientConfig clientConfig) => _client;

    // One client for the sampler's lifetime: the SDK must neither cache it elsewhere nor dispose it.
    public override bool UseSDKHttpClientCaching(IClientConfig clientConfig) => false;

    public override bool DisposeHttpClientsAfterUse(IClientConfig clientConfig) => false;

    public void Dispose() => _client.Dispose();

    private void Sample()
    {
        var live = GC.GetTotalMemory(forceFullCollection: true);
        lock (_gate)
        {
            _samples.Add(live);
        }
    }

    private sealed class SamplingHandler(HeapSampler sampler) : DelegatingHandler(new SocketsHttpHandler())
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            sampler.Sample();
            return base.SendAsync(request, cancellationToken);
        }
    }
}
