namespace AwsLinq;

/// <summary>
/// How hard a listing tries before it gives up, and how much of a broken service it tolerates. Set per query with
/// <c>WithListingPolicy</c>; <see cref="Default"/> otherwise.
/// </summary>
/// <remarks>
/// The SDK retries every request by itself (three attempts in its standard mode). When a page still fails with a
/// transient error (a 5xx answer, throttling, a dropped or timed-out connection), AwsLinq asks for the same page
/// again, from its token, after an exponential backoff with jitter, up to <see cref="MaxPageAttempts"/> times, so
/// that one bad minute does not throw away a listing of a million keys. When that budget is spent the query throws
/// a <see cref="ListingInterruptedException"/> saying how many items were read.
/// </remarks>
public sealed record ListingPolicy
{
    private readonly int _maxPageAttempts = 4;
    private readonly TimeSpan _baseDelay = TimeSpan.FromMilliseconds(200);
    private readonly TimeSpan _maxDelay = TimeSpan.FromSeconds(10);
    private readonly int _maxConsecutiveEmptyPages = 1000;

    /// <summary>Gets the policy of queries that set none: 4 attempts per page, backoff from 200 ms to 10 s, 1000 empty pages in a row.</summary>
    public static ListingPolicy Default { get; } = new();

    /// <summary>
    /// Gets how many times one page (or one per-item follow-up call, such as SQS GetQueueAttributes) is asked for,
    /// each time through the SDK's own retries, before the query gives up. 1 leaves retrying to the SDK alone.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MaxPageAttempts
    {
        get => _maxPageAttempts;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1, nameof(MaxPageAttempts));
            _maxPageAttempts = value;
        }
    }

    /// <summary>Gets the backoff before the second attempt at a page; it doubles with each attempt, with jitter.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public TimeSpan BaseDelay
    {
        get => _baseDelay;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, TimeSpan.Zero, nameof(BaseDelay));
            _baseDelay = value;
        }
    }

    /// <summary>Gets the longest backoff between two attempts at a page.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public TimeSpan MaxDelay
    {
        get => _maxDelay;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, TimeSpan.Zero, nameof(MaxDelay));
            _maxDelay = value;
        }
    }

    /// <summary>
    /// Gets how many pages in a row may come back empty, each with a new token, before the listing stops with an
    /// error. EC2 sends empty pages when its filters match nothing in a stretch of the account (it filters after it
    /// pages), so a few are normal; an endless run means the service or a proxy is looping.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MaxConsecutiveEmptyPages
    {
        get => _maxConsecutiveEmptyPages;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1, nameof(MaxConsecutiveEmptyPages));
            _maxConsecutiveEmptyPages = value;
        }
    }

    internal TimeSpan Backoff(int failedAttempts)
    {
        // Full jitter: a uniformly random delay below the exponential bound, so that many clients do not retry in step.
        var bound = Math.Min(MaxDelay.TotalMilliseconds, BaseDelay.TotalMilliseconds * Math.Pow(2, failedAttempts - 1));
        return TimeSpan.FromMilliseconds(Random.Shared.NextDouble() * bound);
    }
}
