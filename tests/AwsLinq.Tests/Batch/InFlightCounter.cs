using Amazon.Runtime;

namespace AwsLinq.Tests.Batch;

/// <summary>
/// An SDK <see cref="HttpClientFactory"/> whose clients hold each call of one SQS operation for a moment and record
/// how many were in flight at once: the concurrency a batch action really used, seen from the wire.
/// </summary>
internal sealed class InFlightCounter(string operation) : HttpClientFactory
{
    private static readonly TimeSpan Hold = TimeSpan.FromMilliseconds(50);
    private readonly string _operation = operation;
    private readonly Lock _gate = new();
    private int _inFlight;

    public int MaxInFlight { get; private set; }

    public int InFlight
    {
        get
        {
            lock (_gate)
            {
                return _inFlight;
            }
        }
    }

    public override HttpClient CreateHttpClient(IClientConfig clientConfig) => new(new Handler(this) { InnerHandler = new SocketsHttpHandler() });

    private void Enter()
    {
        lock (_gate)
        {
            MaxInFlight = Math.Max(MaxInFlight, ++_inFlight);
        }
    }

    private void Leave()
    {
        lock (_gate)
        {
            _inFlight--;
        }
    }

    private sealed class Handler(InFlightCounter counter) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            // SQS's JSON protocol names the operation in X-Amz-Target: AmazonSQS.DeleteQueue.
            if (!request.Headers.TryGetValues("X-Amz-Target", out var target) || target.Single() != "AmazonSQS." + counter._operation)
            {
                return await base.SendAsync(request, cancellationToken);
            }

            counter.Enter();
            try
            {
                await Task.Delay(Hold, cancellationToken);
                return await base.SendAsync(request, cancellationToken);
            }
            finally
            {
                counter.Leave();
            }
        }
    }
}
