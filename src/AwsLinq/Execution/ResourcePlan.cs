using System.Linq.Expressions;
using AwsLinq.Diagnostics;
using AwsLinq.Providers;

namespace AwsLinq.Execution;

/// <summary>A resource's translation, seen by the untyped planner.</summary>
internal abstract class ResourcePlan
{
    public abstract IAwsResource Resource { get; }

    public abstract IReadOnlyList<Pushdown> Pushdown { get; }

    public abstract LambdaExpression? StopWhen { get; }

    /// <summary>Whether <see cref="StopWhen"/> ends only the segments of the source it is met in.</summary>
    public abstract bool StopsPerSource(ListingLimits limits);

    /// <summary>The follow-up calls the query makes, as plans show them.</summary>
    public abstract IReadOnlyList<string> FollowUps { get; }

    /// <summary>Whether <paramref name="predicate"/> reads a member a follow-up fills, so that it must run after it.</summary>
    public abstract bool NeedsFollowUp(Expression predicate);

    public abstract IReadOnlyList<IReadOnlyList<KeyValuePair<string, string>>> Requests(ListingLimits limits);

    /// <summary>The listed items, filtered by <paramref name="beforeFollowUp"/>, then completed by the follow-ups.</summary>
    public abstract IAsyncEnumerable<object> Read(ListingLimits limits, ListingRun run, Func<object, bool>? beforeFollowUp, CancellationToken cancellationToken);

    /// <summary>The most items the listings return when every one of them is bounded, else <see langword="null"/>.</summary>
    public abstract int? MaxItems(ListingLimits limits);
}

/// <summary>The typed side of <see cref="ResourcePlan"/>.</summary>
internal sealed class ResourcePlan<TItem>(AwsResource<TItem> resource, ResourceTranslation<TItem> translation, IReadOnlyList<PlannedFollowUp<TItem>> followUps)
    : ResourcePlan
    where TItem : class
{
    public override IAwsResource Resource => resource;

    public override IReadOnlyList<Pushdown> Pushdown => translation.Pushdown;

    public override LambdaExpression? StopWhen => translation.StopWhen;

    public override bool StopsPerSource(ListingLimits limits) => translation.CreateSegments(limits).Any(s => s.Source is not null);

    public override IReadOnlyList<string> FollowUps { get; } = followUps.Select(f => f.Describe()).ToArray();

    public override bool NeedsFollowUp(Expression predicate) => followUps.Any(f => MemberCollector.ReadsAny(predicate, f.Fills));

    // Take(0) and the like need no item, so no request.
    public override IReadOnlyList<IReadOnlyList<KeyValuePair<string, string>>> Requests(ListingLimits limits) =>
        limits.Limit == 0 ? [] : translation.CreateSegments(limits).Select(s => s.Parameters).ToArray();

    public override int? MaxItems(ListingLimits limits)
    {
        var segments = translation.CreateSegments(limits);
        return segments.All(s => s.MaxItems is not null) ? segments.Sum(s => s.MaxItems!.Value) : null;
    }

    public override IAsyncEnumerable<object> Read(ListingLimits limits, ListingRun run, Func<object, bool>? beforeFollowUp, CancellationToken cancellationToken)
    {
        var segments = limits.Limit == 0 ? [] : translation.CreateSegments(limits);
        QueryObservation.Current?.ListingsPlanned(segments.Count);
        var items = ListingReader.Read(resource, translation, segments, run, cancellationToken);
        if (beforeFollowUp is not null)
        {
            items = items.Where(beforeFollowUp);
        }

        foreach (var followUp in followUps)
        {
            items = FollowUpRunner.Run(items.Cast<TItem>(), followUp, run.Policy, cancellationToken);
        }

        return items;
    }
}
