namespace AwsLinq.Execution;

/// <summary>
/// Blocks on asynchronous work for the synchronous LINQ operators. The work starts with no
/// <see cref="SynchronizationContext"/>, so that its continuations never wait for the very thread that blocks
/// (a UI thread, a single-threaded test context): the SDK has only asynchronous calls.
/// </summary>
internal static class Blocking
{
    public static T Wait<T>(Func<Task<T>> start)
    {
        var context = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(null);
        try
        {
            return start().GetAwaiter().GetResult();
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(context);
        }
    }

    public static IEnumerator<T> Enumerate<T>(IAsyncEnumerable<T> items) => new Enumerator<T>(items.GetAsyncEnumerator());

    private sealed class Enumerator<T>(IAsyncEnumerator<T> inner) : IEnumerator<T>
    {
        public T Current => inner.Current;

        object? System.Collections.IEnumerator.Current => Current;

        public bool MoveNext() => Wait(() => inner.MoveNextAsync().AsTask());

        public void Reset() => throw new NotSupportedException("An AwsLinq query cannot be reset; enumerate it again to run it again.");

        public void Dispose() => Wait(async () =>
        {
            await inner.DisposeAsync().ConfigureAwait(false);
            return true;
        });
    }
}
