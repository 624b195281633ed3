namespace AwsLinq.Tests.Differential;

/// <summary>Generated data held by an endpoint: the AwsLinq query over it, and its complete listing as the SDK reads it.</summary>
internal sealed class DifferentialBackend<T>(Func<IQueryable<T>> source, IReadOnlyList<T> listing, Func<ValueTask>? dispose = null) : IAsyncDisposable
{
    public IReadOnlyList<T> Listing { get; } = listing;

    public IQueryable<T> Source() => source();

    public ValueTask DisposeAsync() => dispose?.Invoke() ?? ValueTask.CompletedTask;
}
