namespace AwsLinq;

/// <summary>
/// A batch action was canceled. It stopped before its next call; <see cref="Result"/> says which items were
/// already acted on and which failed.
/// </summary>
public sealed class BatchActionCanceledException : OperationCanceledException
{
    /// <summary>Initializes the exception.</summary>
    /// <param name="result">What the action had done when it stopped.</param>
    /// <param name="innerException">The cancellation that stopped it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is <see langword="null"/>.</exception>
    public BatchActionCanceledException(BatchResult result, OperationCanceledException innerException)
        : base(Describe(result), innerException, innerException?.CancellationToken ?? CancellationToken.None)
    {
        Result = result;
    }

    /// <summary>Gets what the action had done when it stopped.</summary>
    public BatchResult Result { get; }

    private static string Describe(BatchResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return $"{result.Action} was canceled after {BatchProgress.Calls(result.Calls)}: {result.Succeeded.Count} items were acted on and {result.Failed.Count} failed; the rest were not touched.";
    }
}
