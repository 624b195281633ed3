namespace AwsLinq;

/// <summary>
/// Asks again, with backoff, for what failed with a transient error, up to <see cref="ListingPolicy.MaxPageAttempts"/>
/// times in all; every attempt goes through the SDK's own retries. The last error propagates when they are spent.
/// </summary>
internal static class TransientRetry
{
    public static async Task<T> RunAsync<T>(Func<Task<T>> call, ListingPolicy policy, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await call().ConfigureAwait(false);
            }
            catch (Exception e) when (attempt < policy.MaxPageAttempts && TransientErrors.IsTransient(e, cancellationToken))
            {
                await Task.Delay(policy.Backoff(attempt), cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
