using System.Globalization;
using AwsLinq.Cli.Commands;
using AwsLinq.Cli.Output;

namespace AwsLinq.Cli.Querying;

/// <summary>Runs a listing command: builds the query, then explains it, counts it, or streams its rows out.</summary>
internal static class ListingRunner
{
    /// <param name="regions">For <c>--regions</c>: moves the query built over one region's items onto every region's.</param>
    public static async Task<int> RunAsync<T>(
        IAwsQueryable<T> source, ItemKind kind, ListingRequest request, CommandContext context, CancellationToken cancellationToken, RegionalRows<T>? regions = null)
    {
        if (request.Count)
        {
            ListingPaging<T>.RefuseForCount(request.Page);
            var query = QueryBuilder.Apply(source, kind, request.Query);
            return regions is null
                ? await CountAsync(query, request, context, cancellationToken)
                : await CountAsync(regions.Query(query), request, context, cancellationToken);
        }

        var paging = ListingPaging<T>.Start(source, kind, request.Query, request.Page);
        var projection = Projection<T>.Parse(kind, request.Select, paging.KeyColumn);
        var rows = paging.Query.Select(projection.Selector);
        var columns = projection.Columns;
        if (regions is not null)
        {
            rows = regions.Rows(rows);
            columns = regions.Columns(columns);
        }

        var console = context.Console;
        if (request.Explain)
        {
            var plan = rows.Explain();
            PlanOutput.Write(console.Out, context.ReportFormat, plan, PlanText.InMemory(plan, kind, columns));
            return ExitCodes.Success;
        }

        var writer = RowWriters.Create(context.Format, console.Out, columns, request.RawCsv);
        var progress = new ProgressReporter(console, context.Aws.Requests);
        string? next = null;
        try
        {
            long printed = 0;
            string? lastKey = null;
            await foreach (var row in rows.AsAsyncEnumerable().WithCancellation(cancellationToken))
            {
                if (paging.IsFull(printed))
                {
                    next = paging.Next(printed, lastKey);
                    break;
                }

                writer.Write(projection.Shown(row));
                lastKey = projection.Key(row);
                printed++;
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
        catch (Exception error) when (progress.Items > 0 && !ClosedOutput.Caused(error))
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
        if (next is not null)
        {
            await console.Error.WriteLineAsync($"awslinq: more {kind.Plural} remain; to continue, run the same command with --starting-token {next}");
        }

        return ExitCodes.Success;
    }

    private static async Task<int> CountAsync<T>(IAwsQueryable<T> query, ListingRequest request, CommandContext context, CancellationToken cancellationToken)
    {
        var console = context.Console;
        if (request.Explain)
        {
            PlanOutput.Write(console.Out, context.ReportFormat, query.Explain(q => q.LongCount()));
            return ExitCodes.Success;
        }

        var progress = new ProgressReporter(console, context.Aws.Requests);
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
