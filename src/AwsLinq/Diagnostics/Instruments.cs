using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace AwsLinq.Diagnostics;

/// <summary>
/// AwsLinq's activity source and meter, and the names of their tags: OpenTelemetry's semantic conventions where they
/// have one (<c>rpc.*</c> as the AWS SDK tags its own spans, <c>aws.s3.bucket</c>, <c>error.type</c>), <c>awslinq.*</c> otherwise.
/// </summary>
internal static class Instruments
{
    public const string RpcSystem = "rpc.system";
    public const string RpcService = "rpc.service";
    public const string RpcMethod = "rpc.method";
    public const string S3Bucket = "aws.s3.bucket";
    public const string ErrorType = "error.type";
    public const string Source = "awslinq.source";
    public const string Pushdown = "awslinq.pushdown";
    public const string InMemory = "awslinq.in_memory";
    public const string Requests = "awslinq.requests";
    public const string Pages = "awslinq.pages";
    public const string ItemsListed = "awslinq.items.listed";
    public const string ItemsFilteredInMemory = "awslinq.items.filtered_in_memory";
    public const string ItemsYielded = "awslinq.items.yielded";
    public const string FollowUpCalls = "awslinq.follow_up.calls";
    public const string StoppedEarly = "awslinq.stopped_early";
    public const string BatchDryRun = "awslinq.batch.dry_run";
    public const string BatchOutcome = "awslinq.batch.outcome";
    public const string BatchSelected = "awslinq.batch.selected";
    public const string BatchSucceeded = "awslinq.batch.succeeded";
    public const string BatchFailed = "awslinq.batch.failed";
    public const string BatchCalls = "awslinq.batch.calls";

    /// <summary>The value of <c>rpc.system</c> for AWS APIs, as the AWS SDK's own spans have it.</summary>
    public const string AwsApi = "aws-api";

    public static readonly ActivitySource ActivitySource = new(AwsLinqDiagnostics.ActivitySourceName, Version);

    public static readonly Meter Meter = new(AwsLinqDiagnostics.MeterName, Version);

    public static readonly Counter<long> RequestCounter = Meter.CreateCounter<long>(Requests, "{request}", "Listing requests sent, retries included.");

    public static readonly Counter<long> PageCounter = Meter.CreateCounter<long>(Pages, "{page}", "Listing pages received.");

    public static readonly Counter<long> ListedCounter = Meter.CreateCounter<long>(ItemsListed, "{item}", "Items the listings returned.");

    public static readonly Counter<long> InMemoryCounter = Meter.CreateCounter<long>(
        ItemsFilteredInMemory, "{item}", "Items a predicate the service could not filter read in memory: the cost of what did not push down.");

    public static readonly Counter<long> FollowUpCounter = Meter.CreateCounter<long>(FollowUpCalls, "{call}", "Per-item follow-up calls sent, retries included.");

    public static readonly Counter<long> BatchItemCounter = Meter.CreateCounter<long>("awslinq.batch.items", "{item}", "Items a batch action acted on, by outcome.");

    public static readonly Counter<long> BatchCallCounter = Meter.CreateCounter<long>(BatchCalls, "{call}", "Calls a batch action sent.");

    private static string? Version => typeof(Instruments).Assembly.GetName().Version?.ToString();

    public static TagList Operation(string service, string operation) => new()
    {
        { RpcSystem, AwsApi },
        { RpcService, service },
        { RpcMethod, operation },
    };
}
