using Amazon.Runtime;
using AwsLinq.Cli.Commands;
using AwsLinq.Cli.Connection;
using AwsLinq.Cli.Errors;
using AwsLinq.Cli.Output;
using AwsLinq.Cli.Querying;
using AwsLinq.Providers;

namespace AwsLinq.Cli.Actions;

/// <summary>
/// Runs a batch-action command. Without <c>--yes</c> it changes nothing: it runs the action as a dry run, prints the
/// account, region and endpoint it would act in, the plan and what would be acted on, and exits with
/// <see cref="ExitCodes.NotConfirmed"/>.
/// </summary>
internal static class BatchActionRunner
{
    public static Task<int> RunAsync<T>(
        IAwsQueryable<T> source, ItemKind kind, BatchRun<T> run, CommandContext context, IClientConfig service, CancellationToken cancellationToken)
        where T : class =>
        RunAsync(
            QueryBuilder.Apply(source, kind, run.Request.Query), run.Action, kind, run.Verb, run.Arguments, run.Request, context,
            () => CallerIdentity.LookUpAsync(context.Aws, service, cancellationToken), cancellationToken);

    /// <summary>
    /// Runs the action over several regions (<c>--regions</c>): the query built over one region's items, moved onto
    /// every region's, and the action's calls each sent with its items' region's client.
    /// </summary>
    public static Task<int> RunInRegionsAsync<T>(
        IAwsQueryable<T> source, RegionalRows<T> rows, ItemKind kind, BatchRun<T> run, CommandContext context, CancellationToken cancellationToken)
        where T : class =>
        RunAsync(
            rows.Query(QueryBuilder.Apply(source, kind, run.Request.Query)), run.Action.InEachRegion(), kind, run.Verb, run.Arguments, run.Request, context,
            async () => await CallerIdentity.LookUpAsync(context.Aws, rows.Configs[0], cancellationToken) with { Regions = [.. rows.Configs.Select(AwsClientFactory.Describe)] },
            cancellationToken);

    private static async Task<int> RunAsync<T>(
        IAwsQueryable<T> query, BatchAction<T> action, ItemKind kind, string verb, BatchArguments arguments, ActionRequest request, CommandContext context,
        Func<Task<CallerIdentity>> lookUpTarget, CancellationToken cancellationToken)
        where T : class
    {
        var output = context.Console.Out;
        if (request.Explain)
        {
            PlanOutput.Write(output, context.ReportFormat, action.Explain(query));
            return ExitCodes.Success;
        }

        var confirmed = request.Yes && !request.DryRun;
        var progress = new ProgressReporter(context.Console, context.Aws.Requests);
        BatchResult result;
        try
        {
            result = await action.RunAsync(query, arguments, new BatchOptions { DryRun = !confirmed }, cancellationToken);
        }
        catch (ArgumentException e) when (e.ParamName is { } name && action.Parameters.Any(p => p.Name == name))
        {
            // The declaration's own check of its arguments; nothing was sent.
            throw CliException.Usage($"{name}: {ErrorMessages.FirstLine(e.Message).Replace($" (Parameter '{name}')", string.Empty, StringComparison.Ordinal)}", e);
        }
        catch (BatchActionCanceledException canceled)
        {
            await progress.DisposeAsync();
            BatchReport.Write(output, context.ReportFormat, canceled.Result, null);
            await context.Console.Error.WriteLineAsync($"awslinq: {canceled.Message}");
            return ExitCodes.Canceled;
        }
        finally
        {
            await progress.DisposeAsync();
        }

        var target = confirmed ? null : await lookUpTarget();
        if (!request.Yes && !request.DryRun && result.Selected > 0)
        {
            if (context.ReportFormat != OutputFormat.Json)
            {
                PlanOutput.Write(output, context.ReportFormat, action.Explain(query));
                await output.WriteLineAsync();
            }

            BatchReport.Write(output, context.ReportFormat, result, target);
            await context.Console.Error.WriteLineAsync(
                $"awslinq: refusing to {verb} {kind.Count(result.Selected)} in {target} without --yes; nothing was changed. Check the list above, then run again with --yes.");
            return ExitCodes.NotConfirmed;
        }

        BatchReport.Write(output, context.ReportFormat, result, target);
        if (!confirmed && context.ReportFormat != OutputFormat.Json && action.Explain(query).DegreeOfParallelism is > 1 and var parallel)
        {
            // What --parallel would keep in flight once confirmed; a dry run shows it as the plan does.
            await output.WriteLineAsync($"in flight: up to {parallel} requests at once");
        }

        return result.AllSucceeded ? ExitCodes.Success : ExitCodes.ItemsFailed;
    }
}
