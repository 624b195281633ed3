using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace AwsLinq;

/// <summary>
/// The defaults that the query services <see cref="S3Queries"/>, <see cref="Ec2Queries"/> and <see cref="SqsQueries"/>
/// give every query they start, bound from configuration by <c>services.AddAwsLinq(section)</c>:
/// <code language="json">{ "AwsLinq": { "PageSize": 500, "ServerSideOnly": true, "MaxConcurrency": 4, "InMemoryWarningThreshold": 5000 } }</code>
/// </summary>
/// <remarks>
/// The options are read each time a query starts, so a reloaded configuration applies to the next query. Queries log
/// through the application's <c>ILoggerFactory</c>, when the container has one, under the category <c>AwsLinq</c>, as
/// <c>WithLogging</c> makes them (docs/observability.md).
/// </remarks>
public sealed class AwsLinqOptions
{
    /// <summary>The configuration section <c>AddAwsLinq</c> examples bind: <c>AwsLinq</c>.</summary>
    public const string SectionName = "AwsLinq";

    /// <summary>
    /// Gets or sets the page size of every listing request, as <c>WithPageSize</c> sets it; <see langword="null"/>
    /// (the default) leaves each service's own. It must be in the range of every service the application queries
    /// (S3 objects and SQS queues 1 to 1000, EC2 instances 5 to 1000): an out-of-range value throws when a query starts.
    /// </summary>
    public int? PageSize { get; set; }

    /// <summary>
    /// Gets or sets whether every query is strict, as <c>ServerSideOnly()</c> makes it: a predicate the service
    /// cannot filter throws instead of being evaluated in memory. Defaults to <see langword="false"/>.
    /// </summary>
    public bool ServerSideOnly { get; set; }

    /// <summary>
    /// Gets or sets how many follow-up calls (SQS <c>GetQueueAttributes</c>/<c>ListQueueTags</c>) a query may run at
    /// once, as <see cref="SqsQueryOptions.MaxConcurrency"/> does. Defaults to 8.
    /// </summary>
    public int MaxConcurrency { get; set; } = new SqsQueryOptions().MaxConcurrency;

    /// <summary>
    /// Gets or sets how many items a query may evaluate in memory before it logs a warning, as
    /// <see cref="QueryLogging.InMemoryWarningThreshold"/> does. Defaults to 1000.
    /// </summary>
    public int InMemoryWarningThreshold { get; set; } = new QueryLogging(NullLogger.Instance).InMemoryWarningThreshold;

    // The container's logger for the queries, set when the options are built. A field, so that the configuration
    // binder leaves it alone.
    internal ILogger? Logger;
}
