using System.Text;
using AwsLinq.Diagnostics;
using AwsLinq.Providers;

namespace AwsLinq.Execution;

/// <summary>
/// Cuts a listing read whole where its folders part, before any of it is listed: the entries directly under its
/// prefix are listed with a delimiter, level by level, until there are a few folders for every worker. Each folder is
/// then a part of its own, listed under its prefix to where its keys end; the items found beside the folders are a
/// page already listed; many small folders are listed in runs. Finding folders only saves time: where a level cannot
/// be used as it was answered, or its request fails, that part is listed as it would have been without it, with its
/// own errors.
/// </summary>
internal sealed class FolderCuts<TItem>(
    KeyRanges<TItem> ranges, KeyFolders<TItem> folders, ListingOrder<TItem> order, int workers, Func<IPageSource<KeyEntry<TItem>>, PageLoop<KeyEntry<TItem>>> loopOf, CancellationToken stop)
{
    // Folders are listed level by level until there are this many ranges per worker (a level costs a round trip and
    // a request per folder), or this deep.
    private const int FoldersPerWorker = 4;

    // Up to this many folders per worker are listed one range each; more are listed in runs, FoldersPerWorker runs a worker.
    private const int MaxRangesPerWorker = 16;
    private const int MaxFolderDepth = 6;

    // S3's longest key, in UTF-8 bytes: a split point past it is refused.
    private const int MaxKeyBytes = 1024;

    // Sorts after every other code point: a key made of a folder's prefix and this sorts after nearly all of the
    // folder's keys (any after it are filtered out of the range that starts there).
    private const string LastCodePoint = "\U0010FFFF";

    /// <summary>The parts of the listing, in key order; the listing whole, as one part, where it has no folders to cut at.</summary>
    public async Task<IReadOnlyList<FolderCut<TItem>>> FindAsync()
    {
        List<FolderCut<TItem>> pieces = [new(ranges.Prefix, ranges.StartAfter, null, Open: true)];
        try
        {
            using var calls = new SemaphoreSlim(workers);
            for (var depth = 0; depth < MaxFolderDepth && pieces.Count(p => p.Items is null) < FoldersPerWorker * workers; depth++)
            {
                if (!pieces.Any(p => p.Open))
                {
                    break;
                }

                var levels = await Task.WhenAll(pieces.Select(p => p.Open ? LevelAsync(p, calls) : Task.FromResult<IReadOnlyList<FolderCut<TItem>>?>([p]))).ConfigureAwait(false);
                pieces = [.. levels.Zip(pieces, (level, piece) => level ?? [piece with { Open = false }]).SelectMany(level => level)];
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The whole listing stopped: what was found is still a cover of the listing.
        }

        return Grouped(pieces, ranges.Prefix);
    }

    // Folders many times more than the workers are likely small: runs of them are listed as one range each, a few
    // ranges per worker, from the first folder's first key to the next part's (the items between them listed again).
    private List<FolderCut<TItem>> Grouped(List<FolderCut<TItem>> pieces, string prefix)
    {
        var work = pieces.Count(p => p.Items is null);
        if (work <= MaxRangesPerWorker * workers)
        {
            return pieces;
        }

        var size = (int)Math.Ceiling(work / (double)(FoldersPerWorker * workers));
        var grouped = new List<FolderCut<TItem>>();
        for (var first = 0; first < pieces.Count;)
        {
            // From a folder to the size-th folder after it, items included.
            var last = first;
            for (var folders = 1; pieces[first].Items is null && folders < size && last + 1 < pieces.Count;)
            {
                var end = pieces.FindIndex(last + 1, p => p.Items is null);
                if (end < 0)
                {
                    break;
                }

                (last, folders) = (end, folders + 1);
            }

            var next = last + 1 < pieces.Count ? pieces[last + 1] : null;
            if (last > first && Group(pieces[first], next, prefix) is { } group)
            {
                grouped.Add(group);
            }
            else
            {
                grouped.AddRange(pieces.Skip(first).Take(last - first + 1));
            }

            first = last + 1;
        }

        return grouped;
    }

    // The piece that lists from where first starts to where next starts, under the listing's prefix.
    private static FolderCut<TItem>? Group(FolderCut<TItem> first, FolderCut<TItem>? next, string prefix)
    {
        var before = next?.Start;
        if (next is not null && before is null)
        {
            return null;
        }

        if (first.After is not null || first.From is not null)
        {
            return new(prefix, first.After, null, Open: false) { From = first.From, Before = before };
        }

        return Below(first.Prefix) is { } below ? new(prefix, below, null, Open: false) { From = first.Prefix, Before = before } : null;
    }

    // The pieces a folder's entries cut it into; null where the answer cannot be used.
    private async Task<IReadOnlyList<FolderCut<TItem>>?> LevelAsync(FolderCut<TItem> folder, SemaphoreSlim calls)
    {
        ResourcePage<KeyEntry<TItem>>? answer = null;
        await calls.WaitAsync(stop).ConfigureAwait(false);
        try
        {
            // The first page of the level only: a folder with more entries than a page is listed on from its last one.
            var loop = loopOf(folders.EntriesUnder(folder.Prefix, folder.After).Pages);
            await foreach (var first in loop.ReadAsync(prefetch: false, stop).ConfigureAwait(false))
            {
                answer = first;
                break;
            }
        }
        catch (Exception e) when (e is not OperationCanceledException || !stop.IsCancellationRequested)
        {
            return null;
        }
        finally
        {
            calls.Release();
        }

        if (answer is not { } page)
        {
            return null;
        }

        var entries = page.Items;
        QueryObservation.Current?.PageRead(entries.Count(e => e.Item is not null));
        if (!AreEntriesOf(folder, folders.Delimiter, entries))
        {
            return null;
        }

        var pieces = new List<FolderCut<TItem>>();
        List<TItem>? beside = null;
        foreach (var entry in entries)
        {
            if (entry.Item is { } item)
            {
                (beside ??= []).Add(item);
                continue;
            }

            if (beside is not null)
            {
                pieces.Add(Beside(folder, beside));
                beside = null;
            }

            pieces.Add(new(entry.Key, Floor(folder.After, entry.Key), null, Open: true) { Start = entry.Key });
        }

        if (beside is not null)
        {
            pieces.Add(Beside(folder, beside));
        }

        if (!PageLoop<KeyEntry<TItem>>.HasMore(page))
        {
            return pieces;
        }

        // The rest of the folder after its last entry: after an item, or from the first key past a folder's keys.
        if (entries is not [.., var last])
        {
            return null;
        }

        if (last.Item is not null)
        {
            pieces.Add(new(folder.Prefix, last.Key, null, Open: false));
            return pieces;
        }

        var past = Past(last.Key);
        var after = last.Key + LastCodePoint;
        if (past is null || Encoding.UTF8.GetByteCount(after) > MaxKeyBytes)
        {
            return null;
        }

        pieces.Add(new(folder.Prefix, after, null, Open: false) { From = past, Start = past });
        return pieces;
    }

    private FolderCut<TItem> Beside(FolderCut<TItem> folder, List<TItem> items) => new(folder.Prefix, null, items, Open: false) { Start = order.KeyOf(items[0]) };

    // Whether the answer is a level of the folder, as a delimiter listing must be: entries in ascending order, after
    // where the folder starts (but for the folder it starts in), items with no delimiter after its prefix, and folders
    // that end at the first one.
    private bool AreEntriesOf(FolderCut<TItem> folder, string delimiter, IReadOnlyList<KeyEntry<TItem>> entries)
    {
        string? previous = folder.After;
        var first = true;
        foreach (var entry in entries)
        {
            // A listing that starts after a key inside a folder begins with that folder, which holds the keys after it.
            var holdsStart = first && entry.Item is null && previous is not null && previous.StartsWith(entry.Key, StringComparison.Ordinal);
            first = false;
            if (!entry.Key.StartsWith(folder.Prefix, StringComparison.Ordinal)
                || (previous is not null && order.Comparer.Compare(previous, entry.Key) >= 0 && !holdsStart)
                || (entry.Item is { } item && !string.Equals(order.KeyOf(item), entry.Key, StringComparison.Ordinal)))
            {
                return false;
            }

            var rest = entry.Key.AsSpan(folder.Prefix.Length);
            var at = rest.IndexOf(delimiter, StringComparison.Ordinal);
            var ends = entry.Item is null ? at >= 0 && at + delimiter.Length == rest.Length : at < 0;
            if (!ends)
            {
                return false;
            }

            previous = entry.Key;
        }

        return true;
    }

    // Where a folder's listing starts: after the listing's own start, where that lies in or past the folder.
    private string? Floor(string? after, string folder) =>
        after is not null && order.Comparer.Compare(after, folder) >= 0 ? after : null;

    // A key just before a folder's first key: only keys that start as it does with a character after the last one fall
    // between them (and are filtered out of the range that starts there). Null where no such key can be made.
    private static string? Below(string folder) =>
        folder is [.., var last] && !char.IsSurrogate(last) && last > 0 && !char.IsSurrogate((char)(last - 1)) && Encoding.UTF8.GetByteCount(folder) + 4 <= MaxKeyBytes
            ? string.Concat(folder.AsSpan(0, folder.Length - 1), [(char)(last - 1)], LastCodePoint)
            : null;

    // The first key past every key of a folder: its last character, one up.
    private static string? Past(string folder) =>
        folder is [.., var last] && !char.IsSurrogate(last) && last < char.MaxValue && !char.IsSurrogate((char)(last + 1))
            ? string.Concat(folder.AsSpan(0, folder.Length - 1), [(char)(last + 1)])
            : null;
}
