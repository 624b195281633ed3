using System.Globalization;
using AwsLinq.Cli.Connection;
using AwsLinq.Cli.Output;

namespace AwsLinq.Cli.Querying;

/// <summary>Runs a listing command: builds the query, then explains it, counts it, or streams its rows out.</summary>
internal static class ListingRunner
{
    public static async Task<int> RunAsync<T>(
        IAwsQueryable<T> source, ItemKind kind, ListingRequest request, CliConsole console, RequestCounter counter, CancellationToken cancellationToken)
    {
        var query = QueryBuilder.Apply(source, kind, request.Query);
        if (request.Count)
        {
            return await CountAsync(query, request, console, counter, cancellationToken);
        }

        var projection = Projection<T>.Parse(kind, request.Select);
        var rows = query.Select(projection.Selector);
        if (request.Explain)
        {
            await console.Out.WriteLineAsync(PlanText.Format(rows.Explain(), kind, projection.Columns));
            return ExitCodes.Success;
        }

        var writer = RowWriters.Create(RowWriters.Resolve(request.Output, console), console.Out, projection.Columns);
        var progress = new ProgressReporter(console, counter);
        try
        {
            await foreach (var row in rows.AsAsyncEnumerable().WithCancellation(cancellationToken))
            {
                writer.Write(row);
                progress.AddItem();
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await progress.DisposeAsync();
            writer.Complete();
            await console.Error.WriteLineAsync($"awslinq: canceled after {progress.Describe()}; the output is incomplete.");
            return ExitCodes.Canceled;
        }
        catch when (progress.Items > 0)
        {
            // Close what was written (a JSON array, a table) before the error is reported.
            await progress.DisposeAsync();
            writer.Complete();
            throw;
        }
        finally
        {
            await progress.DisposeAsync();
        }

        writer.Complete();
        return ExitCodes.Success;
    }

    private static async Task<int> CountAsync<T>(
        IAwsQueryable<T> query, ListingRequest request, CliConsole console, RequestCounter counter, CancellationToken cancellationToken)
    {
        if (request.Explain)
        {
            await console.Out.WriteLineAsync(query.Explain(q => q.LongCount()).ToString());
            return ExitCodes.Success;
        }

        var progress = new ProgressReporter(console, counter);
        try
        {
            var count = await query.LongCountAsync(cancellationToken);
            await progress.DisposeAsync();
            await console.Out.WriteLineAsync(count.ToString(CultureInfo.InvariantCulture));
            return ExitCodes.Success;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await progress.DisposeAsync();
            await console.Error.WriteLineAsync($"awslinq: canceled after {progress.Describe()}; no count.");
            return ExitCodes.Canceled;
        }
        finally
        {
            await progress.DisposeAsync();
        }
    }
}
