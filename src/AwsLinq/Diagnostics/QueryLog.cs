using Microsoft.Extensions.Logging;

namespace AwsLinq.Diagnostics;

/// <summary>The log entries of a query, with fixed event ids an application can filter on.</summary>
internal static partial class QueryLog
{
    [LoggerMessage(EventId = 1, EventName = "QueryPlanned", Level = LogLevel.Debug, Message = "AwsLinq query plan:\n{Plan}")]
    public static partial void Planned(ILogger logger, string plan);

    [LoggerMessage(EventId = 2, EventName = "QueryFilteredInMemory", Level = LogLevel.Warning, Message =
        "The query over {Source} evaluated '{InMemory}' in memory over {Items} listed items, more than the warning threshold of {Threshold}. " +
        "Rewrite the predicate so that {Service} filters it (docs/translation.md lists what is sent), or raise QueryLogging.InMemoryWarningThreshold if reading the whole listing is intended.")]
    public static partial void FilteredInMemory(ILogger logger, string source, string inMemory, long items, int threshold, string service);
}
