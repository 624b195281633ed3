using System.Runtime.CompilerServices;
using System.Threading.Channels;
using AwsLinq.Diagnostics;
using AwsLinq.Providers;

namespace AwsLinq.Execution;

/// <summary>
/// Lists a query's listings with up to <c>workers</c> requests in flight, and hands their pages out in the order one
/// listing after the other would give them. A listing read whole that has folders is first cut where its folders
/// part: the entries directly under its prefix are listed with a delimiter, level by level, until there are a few
/// folders for every worker; each folder is then a range of its own, listed under its prefix, and the items found
/// beside the folders need no further request. Each worker lists one range at a time: a range not yet started, or,
/// when none is left, a part of the range with the most keys still to read, split off at a key guessed from how
/// its pages spread (<see cref="KeySpace"/>). The range split keeps its token and stops at the split point; the new
/// range starts after it. The pages waiting for the reader are bounded by a few per worker: a range may hand a page
/// out while fewer than that wait in it and in the ranges before it, so that the ranges the reader comes to next are
/// listed ahead first, and memory stays bounded however fast the workers are. With a Take, split points are guessed
/// short rather than long (a part past the Take's end is listed for nothing), and a range waits, its worker free,
/// while the ranges before it are guessed to hold what the Take needs, until the reader comes to it.
/// </summary>
internal sealed class ParallelListing<TItem> : IAsyncDisposable
    where TItem : class
{
    // Pages that may wait for the reader, per worker. A range the reader will read only after others waits its turn.
    private const int PagesAhead = 4;

    // Parts cut from a range whose end is far off are this many pages long (as its last page's keys were spread):
    // long enough that the page each part costs where it meets the next is a small share, short enough to spread.
    private const int PagesPerPart = 16;

    // A range with fewer pages ahead of it than this is left whole: halving it would save little and cost a request.
    private const double MinPagesToSplit = 8;

    private readonly string _listing;
    private readonly string _endpoint;
    private readonly IReadOnlyList<ListingSegment<TItem>> _segments;
    private readonly ListingOrder<TItem>? _order;
    private readonly ListingPolicy _policy;
    private readonly CancellationTokenSource _stop;
    private readonly Range[] _first;
    private readonly Task[] _workers;
    private readonly int _workerCount;
    private readonly KeySpace? _space;
    private readonly Lock _gate = new();
    private readonly int _maxBuffered;
    private readonly int? _limit;
    private TaskCompletionSource _changed = NewSignal();
    private Exception? _failure;
    private int _buffered;
    private int _idle;
    private long _listed;
    private int _largestPage;

    // For each listing, the page size its requests ask for, where they say: what a listing not yet answered may hold.
    private readonly int[] _pageAsked;

    // findFolders: the listings are read whole, so that cutting them at their folders first pays.
    public ParallelListing(AwsResource<TItem> resource, IReadOnlyList<ListingSegment<TItem>> segments, int workers, int? limit, bool findFolders, ListingPolicy policy, CancellationToken cancellationToken)
    {
        _maxBuffered = PagesAhead * workers;
        _limit = limit;
        _listing = resource.Describe();
        _endpoint = resource.Endpoint;
        _segments = segments;
        _pageAsked = [.. segments.Select(s => s.Parameters.Where(p => p.Key == resource.PageSize.Parameter).Select(p => int.TryParse(p.Value, out var n) ? n : 1).FirstOrDefault(1))];
        _order = resource.Order;
        _policy = policy;
        // A Take reads a guess that falls short as a smaller part; one too long, as a part it may never read.
        _space = _order is null ? null : new KeySpace(_order.Comparer, uniform: limit is not null);
        _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _first = [.. segments.Select((s, i) => new Range(i, s.Pages, _stop.Token) { FindsFolders = findFolders && _order is not null && s is { MaxItems: null, Ranges.Folders: not null } })];
        for (var i = 0; i < _first.Length - 1; i++)
        {
            _first[i].Next = _first[i + 1];
        }

        // Set before the workers start: they read it at once.
        _workerCount = workers;
        _workers = [.. Enumerable.Range(0, workers).Select(_ => Task.Run(WorkAsync, CancellationToken.None))];
    }

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
                while (await WantAsync(range, cancellationToken).ConfigureAwait(false))
                {
                    while (range.Pages.Reader.TryRead(out var page))
                    {
                        lock (_gate)
                        {
                            _buffered--;
                            range.Wanted = false;
                            Signal();
                        }

                        yield return page;
                    }
                }

                if (Volatile.Read(ref _failure) is { } failure)
                {
                    throw failure is ListingInterruptedException interrupted
                        ? new ListingInterruptedException(interrupted.Listing, interrupted.Page, _policy.MaxPageAttempts, itemsDelivered(), interrupted.InnerException!, resumeAfter())
                        : failure;
                }

                cancellationToken.ThrowIfCancellationRequested();
                lock (_gate)
                {
                    range = range.Next is { } next && next.Segment == segment ? next : null;
                }
            }

            finished = true;
            QueryObservation.Current?.ListingEnded();
        }
        finally
        {
            if (!finished)
            {
                Abandon(segment);
            }
        }
    }

    // Waits for the range's next page, telling its worker that the reader wants one.
    private ValueTask<bool> WantAsync(Range range, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (range.Pages.Reader.Count == 0)
            {
                range.Wanted = true;
                Signal();
            }
        }

        return range.Pages.Reader.WaitToReadAsync(cancellationToken);
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

                // A range already cut (the reader may be waiting for it) starts at once; a new cut only while the pages
                // waiting for the reader are fewer than half the budget: the reader is catching up, more ranges would
                // only wait, and each costs a request where it meets the next.
                work = Pending() ?? (_buffered < _maxBuffered / 2 ? Split() : null);

                work?.Start();
                changed = _changed.Task;
            }

            if (work is null)
            {
                // Nothing to take now: a page arriving anywhere may make a range worth splitting.
                Interlocked.Increment(ref _idle);
                await changed.WaitAsync(_stop.Token).ContinueWith(static _ => { }, TaskScheduler.Default).ConfigureAwait(false);
                Interlocked.Decrement(ref _idle);
                continue;
            }

            await (work.FindsFolders ? FindFoldersAsync(work) : ListAsync(work)).ConfigureAwait(false);
        }
    }

    private async Task ListAsync(Range range)
    {
        var loop = new PageLoop<TItem>(_segments[range.Segment].Named(_listing), _segments[range.Segment].Origin ?? _endpoint, range.Source, _policy, 0, static () => null) { Observes = false };
        var first = true;
        try
        {
            await foreach (var page in loop.ReadAsync(prefetch: false, range.Stop.Token).ConfigureAwait(false))
            {
                IReadOnlyList<TItem> items;
                bool cut;
                QueryObservation.Current?.PageRead(page.Items.Count);
                lock (_gate)
                {
                    (items, cut) = Cut(From(page.Items, range.From), range.Upto, range.Before);
                    if (items.Count > 0 && _order is not null)
                    {
                        range.PageFirst = _order.KeyOf(items[0]);
                        range.Position = _order.KeyOf(items[^1]);
                        foreach (var item in first ? items : [items[0], items[^1]])
                        {
                            _space?.Observe(_order.KeyOf(item));
                        }
                    }

                    if (cut && items.Count == 0 && _order is not null)
                    {
                        SkipEmptyAfter(range, _order.KeyOf(page.Items[0]));
                    }

                    range.MayHaveMore = !cut && PageLoop<TItem>.HasMore(page);
                    _largestPage = Math.Max(_largestPage, page.Items.Count);
                    range.PagesListed++;
                    range.Listed += items.Count;
                    first = false;
                    _listed += items.Count;
                    Signal();
                }

                // An empty page (a split that landed where there are no keys) holds no memory and is not handed out.
                if (items.Count > 0)
                {
                    await HandOutAsync(range, items).ConfigureAwait(false);
                }

                if (cut)
                {
                    break;
                }

                bool parked;
                lock (_gate)
                {
                    parked = Waits(range) && Park(range);
                }

                if (parked)
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

    // The range's first key lies past its end: no key lies between its start and that key, so the parts cut after it
    // that end before that key are empty, and are finished without a request.
    private void SkipEmptyAfter(Range range, string next)
    {
        for (var after = range.Next; after is { State: RangeState.Pending, Upto: not null } && after.Segment == range.Segment && _order!.Comparer.Compare(after.Upto, next) < 0; after = after.Next)
        {
            after.Finish();
        }
    }

    // Hands a page to the reader once few enough pages wait in the ranges up to this one, or at once when the reader
    // has none of this range's pages to read.
    private async Task HandOutAsync(Range range, IReadOnlyList<TItem> items)
    {
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                if (range.Pages.Reader.Count == 0 || WaitingUpTo(range) < _maxBuffered)
                {
                    _buffered++;
                    range.Pages.Writer.TryWrite(items);
                    Signal();
                    return;
                }

                changed = _changed.Task;
            }

            await changed.WaitAsync(range.Stop.Token).ConfigureAwait(false);
        }
    }

    // The pages waiting for the reader in the ranges before this one and in it.
    private int WaitingUpTo(Range range)
    {
        var waiting = 0;
        for (var before = _first.FirstOrDefault(); before is not null; before = before.Next)
        {
            waiting += before.Pages.Reader.Count;
            if (before == range)
            {
                break;
            }
        }

        return waiting;
    }

    // A range that waits stops where it is and frees its worker: the rest is a range of its own, listed from the
    // last key (the request its next page would have cost) once it no longer waits.
    private bool Park(Range range)
    {
        if (!range.MayHaveMore || range.Position is null || _segments[range.Segment].Ranges is not { } ranges)
        {
            return false;
        }

        var rest = new Range(range.Segment, ranges.Listing(range.Prefix ?? ranges.Prefix, range.Position).Pages, _stop.Token)
        {
            Prefix = range.Prefix,
            IsFolder = range.IsFolder,
            Before = range.Before,
            Upto = range.Upto,
            Next = range.Next,
            Guess = Holds(range) - range.Listed,
        };
        if (range.Stop.IsCancellationRequested)
        {
            rest.Stop.Cancel();
        }

        range.Next = rest;
        range.Upto = range.Position;
        Signal();
        return true;
    }

    private async Task UntilReadAsync(Range range)
    {
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                if (range.Wanted && range.Pages.Reader.Count == 0)
                {
                    range.Wanted = false;
                    return;
                }

                changed = _changed.Task;
            }

            await changed.WaitAsync(range.Stop.Token).ConfigureAwait(false);
        }
    }

    // The items up to the range's end; the rest belong to the ranges after it.
    private (IReadOnlyList<TItem> Items, bool Cut) Cut(IReadOnlyList<TItem> items, string? upto, string? before)
    {
        if ((upto is null && before is null) || _order is null)
        {
            return (items, false);
        }

        var kept = 0;
        while (kept < items.Count && Within(_order.KeyOf(items[kept])))
        {
            kept++;
        }

        return kept == items.Count ? (items, false) : ([.. items.Take(kept)], true);

        bool Within(string key) =>
            (upto is null || _order.Comparer.Compare(key, upto) <= 0) && (before is null || _order.Comparer.Compare(key, before) < 0);
    }

    // The items from a key on: those before it, listed from a key just below it, belong to the range before.
    private IReadOnlyList<TItem> From(IReadOnlyList<TItem> items, string? from)
    {
        if (from is null || _order is null)
        {
            return items;
        }

        var skipped = 0;
        while (skipped < items.Count && _order.Comparer.Compare(_order.KeyOf(items[skipped]), from) < 0)
        {
            skipped++;
        }

        return skipped == 0 ? items : [.. items.Skip(skipped)];
    }

    // Puts ranges for the parts the listing's folders cut it into, and for the items found beside them, where the
    // listing's range was.
    private async Task FindFoldersAsync(Range listing)
    {
        var ranges = _segments[listing.Segment].Ranges!;
        var cuts = new FolderCuts<TItem>(
            ranges,
            ranges.Folders!,
            _order!,
            _workerCount,
            source => new PageLoop<KeyEntry<TItem>>(_segments[listing.Segment].Named(_listing), _segments[listing.Segment].Origin ?? _endpoint, source, _policy, 0, static () => null) { Observes = false },
            _stop.Token);
        IReadOnlyList<FolderCut<TItem>> parts;
        try
        {
            parts = await cuts.FindAsync().ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Cutting is an optimization: the listing is listed as it would have been without it.
            parts = [new(ranges.Prefix, ranges.StartAfter, null, Open: false)];
        }

        lock (_gate)
        {
            var after = listing;
            foreach (var part in parts)
            {
                var range = new Range(listing.Segment, part.Items is null ? ranges.Listing(part.Prefix, part.After).Pages : listing.Source, _stop.Token)
                {
                    Prefix = part.Prefix,
                    IsFolder = part.Items is null && string.Equals(part.Start, part.Prefix, StringComparison.Ordinal),
                    From = part.From,
                    Before = part.Before,
                    Next = after.Next,
                };
                after.Next = range;
                after = range;
                if (listing.Stop.IsCancellationRequested)
                {
                    // The reader left the listing while its folders were being found.
                    range.Stop.Cancel();
                }

                if (part.Items is { } items)
                {
                    // Items found beside the folders: a page already listed.
                    foreach (var item in items)
                    {
                        _space?.Observe(_order!.KeyOf(item));
                    }

                    range.Pages.Writer.TryWrite(items);
                    _buffered++;
                    _listed += items.Count;
                    range.Listed += items.Count;
                    range.Finish();
                }
            }

            listing.Finish();
            Signal();
        }
    }

    private Range? Pending()
    {
        for (var range = _first.FirstOrDefault(); range is not null; range = range.Next)
        {
            if (range.State == RangeState.Pending && !Waits(range))
            {
                return range;
            }
        }

        return null;
    }

    // Splits the range with the most pages ahead of it; the caller lists the part after the one it keeps. A range
    // whose end is far off (or unbounded) is cut into parts of a few pages each, from how spread its last page's keys
    // were, one part for each idle worker; a nearer one is halved.
    private Range? Split()
    {
        if (_space is null)
        {
            return null;
        }

        Range? victim = null;
        var most = MinPagesToSplit;
        var parts = 0;
        double before = 0;
        for (var range = _first.FirstOrDefault(); range is not null; before += _limit is null ? 0 : Holds(range), range = range.Next)
        {
            // A folder's range ends where its keys do, unseen: it is split only once it has shown it is large.
            // A range is split once per page it lists: where the guesses were wrong, a page more shows it.
            if (range is { State: RangeState.Running, MayHaveMore: true, Position: not null, PageFirst: not null } && _segments[range.Segment] is { Ranges: not null, MaxItems: null } segment
                && range.PagesListed > range.PagesWhenSplit && (!range.IsFolder || range.PagesListed >= MinPagesToSplit)
                && PartsFor(range, before) is var fill and >= 1)
            {
                var pages = _space.PagesAhead(range.Prefix ?? segment.Ranges.Prefix, range.PageFirst, range.Position, range.Upto ?? range.Before);
                if (pages >= most && (victim is null || pages > most))
                {
                    (victim, most, parts) = (range, pages, fill);
                }
            }
        }

        if (victim is null)
        {
            return null;
        }

        var ranges = _segments[victim.Segment].Ranges!;
        var prefix = victim.Prefix ?? ranges.Prefix;
        var bounds = new List<string>();
        if (most > 2 * PagesPerPart)
        {
            for (var part = 1; part <= parts; part++)
            {
                if (_space.Advance(prefix, victim.PageFirst!, victim.Position!, victim.Upto ?? victim.Before, part * PagesPerPart) is not { } bound
                    || (bounds.Count > 0 && _order!.Comparer.Compare(bounds[^1], bound) >= 0))
                {
                    break;
                }

                bounds.Add(bound);
            }
        }

        var halved = false;
        if (bounds.Count == 0 && _space.Between(prefix, victim.Position!, victim.Upto ?? victim.Before) is { } middle)
        {
            bounds.Add(middle);
            halved = true;
        }

        if (bounds.Count == 0)
        {
            return null;
        }

        // victim: (position, bounds[0]]; then (bounds[i], bounds[i + 1]], the last up to where the victim ended. Each
        // part is guessed to hold the pages it was cut for; the last, the rest of them (unknown when the victim had no end).
        var page = Math.Max(_largestPage, 1);
        var rest = double.IsInfinity(most) ? PagesPerPart : Math.Max(1, most - (bounds.Count * PagesPerPart));
        var end = victim.Upto;
        var after = victim;
        Range? taken = null;
        for (var i = 0; i < bounds.Count; i++)
        {
            var part = new Range(victim.Segment, ranges.Listing(prefix, bounds[i]).Pages, _stop.Token)
            {
                Prefix = victim.Prefix,
                IsFolder = victim.IsFolder,
                Before = victim.Before,
                Upto = i + 1 < bounds.Count ? bounds[i + 1] : end,
                Next = after.Next,
                Guess = page * (halved ? most / 2 : i + 1 < bounds.Count ? PagesPerPart : rest),
            };
            after.Next = part;
            after = part;
            taken ??= part;
        }

        victim.Upto = bounds[0];
        victim.PagesWhenSplit = victim.PagesListed;
        Signal();
        return taken;
    }

    // A part costs a request where it meets the next. With a Take, a range is cut only into the parts that the items
    // still needed fill: those beyond what the ranges before it are guessed to hold, what it has listed and its next
    // page. A part that starts past them would be listed for nothing.
    private int PartsFor(Range range, double before)
    {
        if (_limit is not { } limit)
        {
            return _idle + 1;
        }

        var page = Math.Max(_largestPage, 1);
        var beyond = limit - before - range.Listed - page;
        return beyond < PagesPerPart * page ? 0 : (int)Math.Min(_idle + 1, beyond / (PagesPerPart * page));
    }

    // With a Take, a range of a listing that can be resumed at a key waits, its worker free, until the reader comes to
    // it, while the items listed may be enough already or the ranges before it, with the items it has listed, are
    // guessed to hold what the Take needs: the reader may never come to its next page. The guesses may be wrong either way; only when the range is listed
    // depends on them.
    private bool Waits(Range range)
    {
        if (_limit is not { } limit || range.Wanted || _segments[range.Segment] is not { Ranges: not null, MaxItems: null })
        {
            return false;
        }

        if (_listed >= limit)
        {
            return true;
        }

        // Its own items come after those of the ranges before it.
        double upTo = range.Listed;
        for (var earlier = _first.FirstOrDefault(); earlier is not null && earlier != range && upTo < limit; earlier = earlier.Next)
        {
            upTo += Holds(earlier);
        }

        return upTo >= limit;
    }

    // The items a range is guessed to hold in all: those it has listed, and, while it lists, the next page and as
    // many pages as its keys guess to its end; a range not started, as many as it was cut to hold.
    private double Holds(Range range)
    {
        if (range.State == RangeState.Pending)
        {
            return range.Guess;
        }

        if (range.State == RangeState.Finished || (!range.MayHaveMore && range.PagesListed > 0))
        {
            return range.Listed;
        }

        var page = Math.Max(_largestPage, 1);
        if (range.PagesListed == 0 && range.Guess == 0)
        {
            // A listing not answered yet may hold a page of the size it asked for (a Take's MaxKeys): the listings
            // after it wait, as they would one after the other, while it may hold what the Take needs.
            return Math.Max(page, _pageAsked[range.Segment]);
        }

        if (range is not { Position: not null, PageFirst: not null } || (range.Upto ?? range.Before) is not { } end
            || _space is null || _segments[range.Segment].Ranges is not { } ranges)
        {
            return Math.Max(range.Listed + page, range.Guess);
        }

        return range.Listed + (page * Math.Max(1, _space.PagesAhead(range.Prefix ?? ranges.Prefix, range.PageFirst, range.Position, end)));
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

    /// <summary>Stops a segment's ranges: the reader will not read it (or no further).</summary>
    public void Abandon(int segment)
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

        // Bounded by the listing's budget of pages ahead, not by the channel (whose single-reader kind cannot count).
        public Channel<IReadOnlyList<TItem>> Pages { get; } = Channel.CreateUnbounded<IReadOnlyList<TItem>>(
            new UnboundedChannelOptions());

        public RangeState State { get; private set; }

        public int PagesListed { get; set; }

        public int PagesWhenSplit { get; set; }

        public long Listed { get; set; }

        // The items a range not yet listed is guessed to hold, from the guess it was cut by.
        public double Guess { get; init; }

        // Lists one folder whole, to where its keys end.
        public bool IsFolder { get; init; }

        // Lists the listing's folders, and no items of its own.
        public bool FindsFolders { get; init; }

        // The prefix the range lists under, when it is a folder of the listing's; null for the listing's own.
        public string? Prefix { get; init; }

        // Keys before this one are listed, but belong to the range before.
        public string? From { get; init; }

        // Keys from this one on belong to the ranges after (Upto is where a split ends the range, this where its folders do).
        public string? Before { get; init; }

        public string? Upto { get; set; }

        public string? Position { get; set; }

        public string? PageFirst { get; set; }

        // The reader waits for this range's next page.
        public bool Wanted { get; set; }

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
