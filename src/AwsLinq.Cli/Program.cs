using AwsLinq.Cli.Demo;

// Only one command so far, so a switch beats a parser dependency.
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

return args switch
{
    ["demo"] => await DemoCommand.RunAsync(Console.Out, cancellation.Token),
    ["-h" or "--help" or "help"] => Usage(Console.Out, 0),
    [] => Usage(Console.Error, 2, "awslinq: no command given."),
    _ => Usage(Console.Error, 2, $"awslinq: unknown command '{string.Join(' ', args)}'."),
};

static int Usage(TextWriter writer, int exitCode, string? error = null)
{
    if (error is not null)
    {
        writer.WriteLine(error);
        writer.WriteLine();
    }

    writer.WriteLine("Usage: awslinq <command>");
    writer.WriteLine();
    writer.WriteLine("Commands:");
    writer.WriteLine("  demo    Start a local S3 endpoint on 127.0.0.1, seed it, and run the boto3 collections");
    writer.WriteLine("          guide's S3 examples as LINQ, showing each query's plan and the requests it sent.");
    writer.WriteLine();
    writer.WriteLine("Options:");
    writer.WriteLine("  -h, --help    Show this help.");
    return exitCode;
}
