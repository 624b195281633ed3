using System.Globalization;
using Amazon.S3;
using AwsLinq.LocalAws;

namespace AwsLinq.Cli.Demo;

/// <summary>
/// <c>awslinq demo</c>: starts the local endpoint, seeds it, and runs the boto3 collections guide's S3 examples
/// as LINQ, each with its plan and the requests the endpoint served for it.
/// </summary>
internal static class DemoCommand
{
    public static async Task<int> RunAsync(TextWriter output, CancellationToken cancellationToken)
    {
        var printer = new DemoPrinter(output);
        var options = new LocalAwsOptions { TimeProvider = new FixedClock(DemoData.Now) };
        await using var server = await LocalAwsServer.StartAsync(options, cancellationToken);
        using var s3 = server.CreateS3Client();
        using var ec2 = server.CreateEc2Client();
        using var sqs = server.CreateSqsClient();
        var seeded = DemoData.Seed(server.S3);
        var instances = Ec2DemoData.Seed(server.Ec2);
        var queues = SqsDemoData.Seed(server.Sqs);

        printer.Title("AwsLinq demo: the boto3 collections guide's examples, as LINQ");
        printer.Line($"Local AWS endpoint: {server.ServiceUrl} (in memory, stopped when the demo ends)");
        foreach (var (bucket, region, objects) in seeded)
        {
            printer.Line($"  {bucket,-14} {region,-15} {objects.ToString("N0", CultureInfo.InvariantCulture),6} objects");
        }

        printer.Line($"  EC2            {server.Region,-15} {instances.Count,6} instances");
        printer.Line($"  SQS            {server.Region,-15} {queues,6} queues");

        IEnumerable<DemoExample> examples =
        [
            .. BucketExamples.Create(s3),
            .. ObjectExamples.Create(s3),
            .. PushdownExamples.Create(s3),
            .. Ec2Examples.Create(ec2, instances),
            .. SqsExamples.Create(sqs),
            .. SnapshotExamples.Create(ec2, server.Ec2),
            .. CleanupExamples.Create(s3, server.S3),
            .. BatchExamples.Create(s3),
        ];
        var number = 0;
        foreach (var example in examples)
        {
            try
            {
                await ShowAsync(printer, ++number, example, server.Requests, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return 130;
            }
            catch (Exception unexpected)
            {
                // The demo doubles as a smoke test: an example that fails is a bug, so say which and stop.
                await Console.Error.WriteLineAsync($"Example {number} ('{example.Title}') failed: {unexpected}");
                return 1;
            }
        }

        printer.Line();
        printer.Line($"{number} examples ran.");
        return 0;
    }

    private static async Task ShowAsync(DemoPrinter printer, int number, DemoExample example, RequestLog requests, CancellationToken cancellationToken)
    {
        // Data only this example reads is written now, so that the examples before it show the seed alone.
        if (example.Setup is { } setup)
        {
            await setup(cancellationToken);
        }

        printer.Heading(number, example);
        printer.Section("C#", [example.Code]);
        printer.Plan(example);

        // Cleared just before the run: everything logged from here on was sent by this example.
        requests.Clear();
        var result = await example.Run(cancellationToken);
        printer.Result(result);
        printer.Requests(requests.Snapshot());
        printer.Note(example.Note);
    }
}
