using System.Diagnostics;
using System.Globalization;
using AwsLinq.Cli.Connection;

namespace AwsLinq.Cli.Output;

/// <summary>
/// A progress line on stderr (items, requests, elapsed time), redrawn a few times a second while a listing or action
/// runs, and erased when it ends. Only for a terminal: in a pipe or a log file it would be noise.
/// </summary>
internal sealed class ProgressReporter : IAsyncDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);
    private readonly CliConsole _console;
    private readonly RequestCounter _counter;
    private readonly Stopwatch _elapsed = Stopwatch.StartNew();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private long _items = -1;
    private int _shown;
    private bool _disposed;

    public ProgressReporter(CliConsole console, RequestCounter counter)
    {
        _console = console;
        _counter = counter;
        _loop = console.ErrorIsTerminal ? RunAsync() : Task.CompletedTask;
    }

    public long Items => Math.Max(0, Interlocked.Read(ref _items));

    public TimeSpan Elapsed => _elapsed.Elapsed;

    /// <summary>Counts one more item; a reporter that never counts items shows requests and time only.</summary>
    public void AddItem()
    {
        if (Interlocked.CompareExchange(ref _items, 1, -1) != -1)
        {
            Interlocked.Increment(ref _items);
        }
    }

    /// <summary>How far the command got, for the line printed after Ctrl+C.</summary>
    public string Describe()
    {
        var items = Interlocked.Read(ref _items) < 0 ? string.Empty : Counted.Of(Items, "item") + ", ";
        return $"{items}{Counted.Of(_counter.Requests, "request")}, {Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s";
    }

    /// <summary>Stops and erases the line; safe to call more than once, so error paths can call it early.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
        if (_shown > 0)
        {
            await _console.Error.WriteAsync("\r" + new string(' ', _shown) + "\r");
        }
    }

    private async Task RunAsync()
    {
        using var timer = new PeriodicTimer(Interval);
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token))
            {
                var line = Describe();
                await _console.Error.WriteAsync("\r" + line.PadRight(_shown));
                _shown = Math.Max(_shown, line.Length);
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped by DisposeAsync.
        }
    }
}
