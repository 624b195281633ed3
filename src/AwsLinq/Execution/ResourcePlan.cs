using System.Linq.Expressions;

namespace AwsLinq.Execution;

/// <summary>A resource's translation, seen by the untyped planner.</summary>
internal abstract class ResourcePlan
{
    public abstract IAwsResource Resource { get; }

    public abstract IReadOnlyList<Pushdown> Pushdown { get; }

    public abstract LambdaExpression? StopWhen { get; }

    public abstract string? FollowUp { get; }

    public abstract bool NeedsFollowUp(int index);

    public abstract IReadOnlyList<IReadOnlyList<KeyValuePair<string, string>>> Requests(ListingLimits limits);

    /// <summary>The listed items, filtered by <paramref name="beforeFollowUp"/>, then completed by the follow-up.</summary>
    public abstract IAsyncEnumerable<object> Read(ListingLimits limits, Func<object, bool>? beforeFollowUp, CancellationToken cancellationToken);

    /// <summary>The most items the listings return when every one of them is bounded, else <see langword="null"/>.</summary>
    public abstract int? MaxItems(ListingLimits limits);
}

/// <summary>The typed side of <see cref="ResourcePlan"/>.</summary>
internal sealed class ResourcePlan<TItem>(AwsResource<TItem> resource, ResourceTranslation<TItem> translation) : ResourcePlan
    where TItem : class
{
    public override IAwsResource Resource => resource;

    public override IReadOnlyList<Pushdown> Pushdown => translation.Pushdown;

    public override LambdaExpression? StopWhen => translation.StopWhen;

    public override string? FollowUp => translation.FollowUp?.Description;

    public override bool NeedsFollowUp(int index) => translation.FollowUp is not null && translation.NeedsFollowUp(index);

    // Take(0) and the like need no item, so no request.
    public override IReadOnlyList<IReadOnlyList<KeyValuePair<string, string>>> Requests(ListingLimits limits) =>
        limits.Limit == 0 ? [] : translation.CreateSegments(limits).Select(s => s.Parameters).ToArray();

    public override int? MaxItems(ListingLimits limits)
    {
        var segments = translation.CreateSegments(limits);
        return segments.All(s => s.MaxItems is not null) ? segments.Sum(s => s.MaxItems!.Value) : null;
    }

    public override IAsyncEnumerable<object> Read(ListingLimits limits, Func<object, bool>? beforeFollowUp, CancellationToken cancellationToken)
    {
        var segments = limits.Limit == 0 ? [] : translation.CreateSegments(limits);
        var stopWhen = translation.StopWhen?.Compile();
        var items = ListingReader.Read(resource, segments, stopWhen, cancellationToken);
        if (beforeFollowUp is not null)
        {
            items = items.Where(beforeFollowUp);
        }

        return translation.FollowUp is { } followUp ? FollowUpRunner.Run(items.Cast<TItem>(), followUp, cancellationToken) : items;
    }
}
