using System.Diagnostics;
using AwsLinq.Query;

namespace AwsLinq.Diagnostics;

/// <summary>The activity and metrics of one batch action; the query that selects its items is a child activity.</summary>
internal static class BatchObservation
{
    public static async Task<BatchResult> RunAsync(IQueryable query, string action, bool dryRun, Func<Task<BatchResult>> run)
    {
        var service = ((AwsQueryProvider)query.Provider).Resource.Service;
        var tags = Instruments.Operation(service, action);
        tags.Add(Instruments.BatchDryRun, dryRun);
        using var activity = Instruments.ActivitySource.StartActivity($"{service}.{action} batch");
        if (activity is { IsAllDataRequested: true })
        {
            foreach (var tag in tags)
            {
                activity.SetTag(tag.Key, tag.Value);
            }
        }

        try
        {
            var result = await run().ConfigureAwait(false);
            Record(activity, tags, result);
            return result;
        }
        catch (Exception e)
        {
            Record(activity, tags, e switch
            {
                BatchActionException stopped => stopped.Result,
                BatchActionCanceledException canceled => canceled.Result,
                _ => null,
            });
            activity?.SetStatus(ActivityStatusCode.Error, e.Message);
            activity?.SetTag(Instruments.ErrorType, e.GetType().FullName);
            throw;
        }
    }

    private static void Record(Activity? activity, TagList tags, BatchResult? result)
    {
        if (result is null)
        {
            return;
        }

        Instruments.BatchCallCounter.Add(result.Calls, tags);
        Add(tags, "succeeded", result.Succeeded.Count);
        Add(tags, "failed", result.Failed.Count);
        activity?.SetTag(Instruments.BatchSelected, result.Selected);
        activity?.SetTag(Instruments.BatchSucceeded, result.Succeeded.Count);
        activity?.SetTag(Instruments.BatchFailed, result.Failed.Count);
        activity?.SetTag(Instruments.BatchCalls, result.Calls);
    }

    private static void Add(TagList tags, string outcome, int items)
    {
        if (items > 0)
        {
            tags.Add(Instruments.BatchOutcome, outcome);
            Instruments.BatchItemCounter.Add(items, tags);
        }
    }
}
