using Microsoft.Extensions.Logging;

namespace AwsLinq;

/// <summary>
/// Where a query logs, set with <c>WithLogging</c> (or for every query by <c>services.AddAwsLinq()</c>, with the
/// application's <c>ILoggerFactory</c>): its plan at <see cref="LogLevel.Debug"/>, and a warning when it evaluates
/// predicates in memory over more than <see cref="InMemoryWarningThreshold"/> items, as EF Core warns about client
/// evaluation. Nothing logged carries credentials or signatures.
/// </summary>
public sealed class QueryLogging
{
    private readonly int _inMemoryWarningThreshold = 1000;

    /// <summary>Initializes a new instance of the <see cref="QueryLogging"/> class.</summary>
    /// <param name="logger">The application's logger, for example <c>loggerFactory.CreateLogger("AwsLinq")</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="logger"/> is <see langword="null"/>.</exception>
    public QueryLogging(ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(logger);
        Logger = logger;
    }

    /// <summary>Gets the logger the query writes to.</summary>
    public ILogger Logger { get; }

    /// <summary>
    /// Gets how many items a query may evaluate in memory (items a predicate the service could not filter had to
    /// read) before it logs a warning when it ends. Defaults to 1000.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int InMemoryWarningThreshold
    {
        get => _inMemoryWarningThreshold;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value);
            _inMemoryWarningThreshold = value;
        }
    }
}
