namespace AwsLinq;

/// <summary>
/// The defaults that the query services <see cref="S3Queries"/>, <see cref="Ec2Queries"/> and <see cref="SqsQueries"/>
/// give every query they start, bound from configuration by <c>services.AddAwsLinq(section)</c>:
/// <code language="json">{ "AwsLinq": { "PageSize": 500, "ServerSideOnly": true, "MaxConcurrency": 4 } }</code>
/// </summary>
/// <remarks>
/// The options are read each time a query starts, so a reloaded configuration applies to the next query. Logging
/// will use the application's <c>ILoggerFactory</c> from the same service provider, with no setting here.
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
}
