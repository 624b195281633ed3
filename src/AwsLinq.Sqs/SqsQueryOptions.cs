namespace AwsLinq;

/// <summary>Settings of SQS queue queries.</summary>
public sealed class SqsQueryOptions
{
    private int _maxConcurrency = 8;

    /// <summary>
    /// Gets or sets how many <c>GetQueueAttributes</c>/<c>ListQueueTags</c> calls may run at once when a query
    /// reads attributes or tags. Defaults to 8.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MaxConcurrency
    {
        get => _maxConcurrency;
        set
        {
            if (value < 1)
            {
                throw new ArgumentOutOfRangeException(
                    nameof(MaxConcurrency), value, $"SqsQueryOptions.MaxConcurrency must be at least 1 (one GetQueueAttributes call at a time), but was {value}.");
            }

            _maxConcurrency = value;
        }
    }
}
