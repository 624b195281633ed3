namespace AwsLinq;

/// <summary>
/// Calls started at most <c>maxConcurrency</c> at a time. The first call that fails with an exception stops new
/// ones from starting; <see cref="WhenAllAsync"/> waits for all that started and returns that exception.
/// </summary>
internal sealed class BoundedCalls(int maxConcurrency) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(maxConcurrency);
    private readonly List<Task> _running = [];
    private Exception? _failure;

    public async Task StartAsync(Func<Task> call, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        if (Volatile.Read(ref _failure) is { } failure)
        {
            _gate.Release();
            throw new InvalidOperationException("An earlier call failed; no further call is started.", failure);
        }

        _running.Add(RunAsync(call));
    }

    public async Task<Exception?> WhenAllAsync()
    {
        await Task.WhenAll(_running).ConfigureAwait(false);
        return Volatile.Read(ref _failure);
    }

    public void Dispose() => _gate.Dispose();

    private async Task RunAsync(Func<Task> call)
    {
        try
        {
            await call().ConfigureAwait(false);
        }
        catch (Exception e)
        {
            Interlocked.CompareExchange(ref _failure, e, null);
        }
        finally
        {
            _gate.Release();
        }
    }
}
