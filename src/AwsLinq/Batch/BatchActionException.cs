namespace AwsLinq;

/// <summary>
/// A batch action stopped part way because of an error that is not a refusal of particular items (the listing
/// failed, or the endpoint could not be reached). <see cref="Exception.InnerException"/> is that error;
/// <see cref="Result"/> says which items were already acted on.
/// </summary>
public sealed class BatchActionException : Exception
{
    /// <summary>Initializes the exception.</summary>
    /// <param name="result">What the action had done when it stopped.</param>
    /// <param name="innerException">The error that stopped it.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public BatchActionException(BatchResult result, Exception innerException)
        : base(Describe(result, innerException), innerException)
    {
        Result = result;
    }

    /// <summary>Gets what the action had done when it stopped.</summary>
    public BatchResult Result { get; }

    private static string Describe(BatchResult result, Exception innerException)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(innerException);
        return $"{result.Action} stopped after {BatchProgress.Calls(result.Calls)}: {result.Succeeded.Count} items were acted on and {result.Failed.Count} failed before this error: {innerException.Message}";
    }
}
