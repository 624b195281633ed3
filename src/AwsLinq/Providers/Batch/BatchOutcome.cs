namespace AwsLinq.Providers;

/// <summary>What one action call did to its items: the ids it acted on and those it failed on.</summary>
/// <param name="Succeeded">The identifiers acted on.</param>
/// <param name="Failed">The items refused, with the service's error.</param>
public sealed record BatchOutcome(IReadOnlyList<string> Succeeded, IReadOnlyList<BatchFailure> Failed)
{
    /// <summary>Gets how many calls were really sent for this outcome: usually one; more when some items needed calls of their own, none when none could be sent.</summary>
    public int Calls { get; init; } = 1;

    /// <summary>Every id succeeded.</summary>
    /// <param name="ids">The identifiers.</param>
    /// <returns>The outcome.</returns>
    public static BatchOutcome AllSucceeded(IReadOnlyList<string> ids) => new(ids, []);

    /// <summary>The whole call failed: every id failed with the same error.</summary>
    /// <param name="ids">The identifiers.</param>
    /// <param name="errorCode">The service's error code.</param>
    /// <param name="message">The service's message.</param>
    /// <returns>The outcome.</returns>
    public static BatchOutcome AllFailed(IReadOnlyList<string> ids, string errorCode, string message) =>
        new([], ids.Select(id => new BatchFailure(id, errorCode, message)).ToArray());
}
