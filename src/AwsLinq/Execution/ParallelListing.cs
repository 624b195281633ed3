using System.Runtime.CompilerServices;
using System.Threading.Channels;
using AwsLinq.Providers;

namespace AwsLinq.Execution;

/// <summary>
/// Lists a query's listings with up to <c>workers</c> requests in flight, and hands their pages out in the order one
/// listing after the other would give them. Each worker lists one range at a time: a listing not yet started, or,
/// when none is left, the upper half of the range with the most keys still to read, split off at a key halfway
/// between the last key read there and the range's end (<see cref="KeySpace"/>). The range split keeps its token
/// and stops at the split point; the new range starts after it. Every range buffers at most two pages ahead of the
/// reader, so memory stays bounded however fast the workers are.
/// </summary>
internal sealed class ParallelListing<TItem> : IAsyncDisposable
    where TItem : class
{
    private const int PagesAhead = 2;

    private readonly string _listing;
    private readonly string _endpoint;
    private readonly IReadOnlyList<ListingSegment<TItem>> _segments;
    private readonly ListingOrder<TItem>? _order;
    private readonly ListingPolicy _policy;
    private readonly CancellationTokenSource _stop;
    private readonly Range[] _first;
    private readonly Task[] _workers;
    private readonly KeySpace? _space;
    private readonly Lock _gate = new();
    private readonly int _maxBuffered;
    private readonly int? _limit;
    private TaskCompletionSource _changed = NewSignal();
    private Exception? _failure;
    private int _buffered;
    private long _listed;

    public ParallelListing(AwsResource<TItem> resource, IReadOnlyList<ListingSegment<TItem>> segments, int workers, int? limit, ListingPolicy policy, CancellationToken cancellationToken)
    {
        _maxBuffered = PagesAhead * workers;
        _limit = limit;
        _listing = resource.Describe();
        _endpoint = resource.Endpoint;
        _segments = segments;
        _order = resource.Order;
        _policy = policy;
        _space = _order is null ? null : new KeySpace(_order.Comparer);
        _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _first = [.. segments.Select((s, i) => new Range(i, s.Pages, _stop.Token))];
        for (var i = 0; i < _first.Length - 1; i++)
        {
            _first[i].Next = _first[i + 1];
        }

        _workers = [.. Enumerable.Range(0, workers).Select(_ => Task.Run(WorkAsync, CancellationToken.None))];
    }

    /// <summary>Gets the number of key ranges the listings were split into, beyond one per listing.</summary>
    public int Splits { get; private set; }

    /// <summary>
    /// The pages of one listing, in order. Leaving early abandons the rest of that listing. A failure of any range
    /// ends every listing; a listing interrupted by transient errors is reported as the reader saw it: the items
    /// it had delivered and the key it had reached.
    /// </summary>
    public async IAsyncEnumerable<IReadOnlyList<TItem>> PagesOf(
        int segment, Func<long> itemsDelivered, Func<(string Member, string Key)?> resumeAfter, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var range = _first[segment];
        var finished = false;
        try
        {
            while (range is not null)
            {
                while (await range.Pages.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    while (range.Pages.Reader.TryRead(out var page))
                    {
                        lock (_gate)
                        {
                            _buffered--;
                            Signal();
                        }

                        yield return page;
                    }
                }

                if (Volatile.Read(ref _failure) is { } failure)
                {
                    throw failure is ListingInterruptedException interrupted
                        ? new ListingInterruptedException($"{_listing} at {_endpoint}", interrupted.Page, _policy.MaxPageAttempts, itemsDelivered(), interrupted.InnerException!, resumeAfter())
                        : failure;
                }

                cancellationToken.ThrowIfCancellationRequested();
                lock (_gate)
                {
                    range = range.Next is { } next && next.Segment == segment ? next : null;
                }
            }

            finished = true;
        }
        finally
        {
            if (!finished)
            {
                Abandon(segment);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        await Task.WhenAll(_workers).ConfigureAwait(false);
        lock (_gate)
        {
            for (var range = _first.FirstOrDefault(); range is not null; range = range.Next)
            {
                range.Stop.Dispose();
            }
        }

        _stop.Dispose();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private async Task WorkAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            Range? work;
            Task changed;
            lock (_gate)
            {
                if (!AnyRunning())
                {
                    return;
                }

                // A new range only while the pages waiting for the reader are few: memory stays bounded.
                work = _buffered < _maxBuffered ? Pending() ?? Split() : null;

                work?.Start();
                changed = _changed.Task;
            }

            if (work is null)
            {
                // Nothing to take now: a page arriving anywhere may make a range worth splitting.
                await changed.WaitAsync(_stop.Token).ContinueWith(static _ => { }, TaskScheduler.Default).ConfigureAwait(false);
                continue;
            }

            await ListAsync(work).ConfigureAwait(false);
        }
    }

    private async Task ListAsync(Range range)
    {
        var loop = new PageLoop<TItem>(_listing, _endpoint, range.Source, _policy, 0, static () => null);
        var first = true;
        try
        {
            await foreach (var page in loop.ReadAsync(prefetch: false, range.Stop.Token).ConfigureAwait(false))
            {
                IReadOnlyList<TItem> items;
                bool cut;
                lock (_gate)
                {
                    (items, cut) = Cut(page.Items, range.Upto);
                    if (items.Count > 0 && _order is not null)
                    {
                        range.Position = _order.KeyOf(items[^1]);
                        foreach (var item in first ? items : [items[0], items[^1]])
                        {
                            _space?.Observe(_order.KeyOf(item));
                        }
                    }

                    range.MayHaveMore = !cut && PageLoop<TItem>.HasMore(page);
                    first = false;
                    _buffered++;
                    _listed += items.Count;
                    Signal();
                }

                await range.Pages.Writer.WriteAsync(items, range.Stop.Token).ConfigureAwait(false);
                if (cut)
                {
                    break;
                }

                if (_listed >= _limit)
                {
                    // Enough items for the query may be listed already: the next page only when the reader wants it.
                    await UntilReadAsync(range).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (range.Stop.IsCancellationRequested)
        {
            // Abandoned by the reader, or the whole listing stopped.
        }
        catch (Exception e)
        {
            if (Interlocked.CompareExchange(ref _failure, e, null) is null)
            {
                await _stop.CancelAsync().ConfigureAwait(false);
            }
        }
        finally
        {
            lock (_gate)
            {
                range.Finish();
                Signal();
            }
        }
    }

    private async Task UntilReadAsync(Range range)
    {
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                if (range.Pages.Reader.Count == 0)
                {
                    return;
                }

                changed = _changed.Task;
            }

            await changed.WaitAsync(range.Stop.Token).ConfigureAwait(false);
        }
    }

    // The items up to the range's end; the rest belong to the range split off after it.
    private (IReadOnlyList<TItem> Items, bool Cut) Cut(IReadOnlyList<TItem> items, string? upto)
    {
        if (upto is null || _order is null)
        {
            return (items, false);
        }

        var kept = 0;
        while (kept < items.Count && _order.Comparer.Compare(_order.KeyOf(items[kept]), upto) <= 0)
        {
            kept++;
        }

        return kept == items.Count ? (items, false) : ([.. items.Take(kept)], true);
    }

    private Range? Pending()
    {
        for (var range = _first.FirstOrDefault(); range is not null; range = range.Next)
        {
            if (range.State == RangeState.Pending)
            {
                return range;
            }
        }

        return null;
    }

    // Splits the range with the most keys ahead of it; the caller lists the upper part.
    private Range? Split()
    {
        // Once the ranges have listed as many items as the query can use, more ranges would only cost requests.
        if (_space is null || _listed >= _limit)
        {
            return null;
        }

        Range? victim = null;
        var widest = (Depth: int.MaxValue, Width: 0.0);
        for (var range = _first.FirstOrDefault(); range is not null; range = range.Next)
        {
            if (range is { State: RangeState.Running, MayHaveMore: true, Position: not null } && _segments[range.Segment] is { Ranges: not null, MaxItems: null } segment)
            {
                var gap = _space.Gap(segment.Ranges.Prefix, range.Position, range.Upto);
                if (gap.Depth < widest.Depth || (gap.Depth == widest.Depth && gap.Width > widest.Width))
                {
                    (victim, widest) = (range, gap);
                }
            }
        }

        if (victim is null)
        {
            return null;
        }

        var ranges = _segments[victim.Segment].Ranges!;
        if (_space.Between(ranges.Prefix, victim.Position!, victim.Upto) is not { } middle)
        {
            return null;
        }

        var split = new Range(victim.Segment, ranges.StartingAfter(middle).Pages, _stop.Token) { Upto = victim.Upto, Next = victim.Next };
        victim.Upto = middle;
        victim.Next = split;
        Splits++;
        return split;
    }

    private bool AnyRunning()
    {
        for (var range = _first.FirstOrDefault(); range is not null; range = range.Next)
        {
            if (range.State != RangeState.Finished)
            {
                return true;
            }
        }

        return false;
    }

    private void Abandon(int segment)
    {
        lock (_gate)
        {
            for (var range = _first[segment]; range is not null && range.Segment == segment; range = range.Next)
            {
                range.Stop.Cancel();
            }
        }
    }

    private void Signal()
    {
        _changed.TrySetResult();
        _changed = NewSignal();
    }

    private enum RangeState
    {
        Pending,
        Running,
        Finished,
    }

    // One part of a listing, between the key it starts after and the key it ends at (inclusive), both of them
    // unbounded for a listing not split. Guarded by the gate, but for its channel.
    private sealed class Range(int segment, IPageSource<TItem> source, CancellationToken stop)
    {
        public int Segment { get; } = segment;

        public IPageSource<TItem> Source { get; } = source;

        public CancellationTokenSource Stop { get; } = CancellationTokenSource.CreateLinkedTokenSource(stop);

        public Channel<IReadOnlyList<TItem>> Pages { get; } = Channel.CreateBounded<IReadOnlyList<TItem>>(
            new BoundedChannelOptions(PagesAhead) { SingleReader = true, SingleWriter = true });

        public RangeState State { get; private set; }

        public string? Upto { get; set; }

        public string? Position { get; set; }

        public bool MayHaveMore { get; set; }

        public Range? Next { get; set; }

        public void Start() => State = RangeState.Running;

        public void Finish()
        {
            State = RangeState.Finished;
            MayHaveMore = false;
            Pages.Writer.TryComplete();
        }
    }
}
