namespace AwsLinq.Diagnostics;

/// <summary>The call sites in the execution code: each reports one event to the current query's observation.</summary>
internal static class Observed
{
    /// <summary>A listing request about to be sent (each attempt counts).</summary>
    public static Task<T> Call<T>(Task<T> request)
    {
        QueryObservation.Current?.RequestSent();
        return request;
    }

    /// <summary>A per-item follow-up call about to be sent (each attempt counts).</summary>
    public static Task<T> FollowUp<T>(Task<T> call)
    {
        QueryObservation.Current?.FollowUpSent();
        return call;
    }

    /// <summary>An in-memory predicate, counting the items it reads.</summary>
    public static Func<object, bool> InMemory(Func<object, bool> predicate) => item =>
    {
        QueryObservation.Current?.EvaluatedInMemory();
        return predicate(item);
    };
}
