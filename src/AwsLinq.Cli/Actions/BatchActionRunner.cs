using AwsLinq.Cli.Connection;
using AwsLinq.Cli.Output;
using AwsLinq.Cli.Querying;

namespace AwsLinq.Cli.Actions;

/// <summary>
/// Runs a batch-action command. Without <c>--yes</c> it changes nothing: it runs the action as a dry run, prints the
/// plan and what would be acted on, and exits with <see cref="ExitCodes.NotConfirmed"/>.
/// </summary>
internal static class BatchActionRunner
{
    public static async Task<int> RunAsync<T>(
        IAwsQueryable<T> source, ItemKind kind, BatchAction<T> action, ActionRequest request, CliConsole console, RequestCounter counter, CancellationToken cancellationToken)
    {
        var query = QueryBuilder.Apply(source, kind, request.Query);
        if (request.Explain)
        {
            await console.Out.WriteLineAsync(query.Explain(action.Explain).ToString());
            return ExitCodes.Success;
        }

        var confirmed = request.Yes && !request.DryRun;
        var progress = new ProgressReporter(console, counter);
        BatchResult result;
        try
        {
            result = await action.Run(query, new BatchOptions { DryRun = !confirmed }, cancellationToken);
        }
        catch (BatchActionCanceledException canceled)
        {
            await progress.DisposeAsync();
            BatchReport.Write(console.Out, canceled.Result);
            await console.Error.WriteLineAsync($"awslinq: {canceled.Message}");
            return ExitCodes.Canceled;
        }
        finally
        {
            await progress.DisposeAsync();
        }

        if (!request.Yes && !request.DryRun && result.Selected > 0)
        {
            await console.Out.WriteLineAsync(query.Explain(action.Explain).ToString());
            await console.Out.WriteLineAsync();
            BatchReport.Write(console.Out, result);
            await console.Error.WriteLineAsync(
                $"awslinq: refusing to {action.Verb} {kind.Count(result.Selected)} without --yes; nothing was changed. Check the list above, then run again with --yes.");
            return ExitCodes.NotConfirmed;
        }

        BatchReport.Write(console.Out, result);
        return result.AllSucceeded ? ExitCodes.Success : ExitCodes.ItemsFailed;
    }
}
