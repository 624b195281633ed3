namespace AwsLinq.Tests.Diagnostics;

/// <summary>
/// The meter is process-wide: the tests that read measurements run alone, after the others, so that only their own
/// queries are counted.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TelemetryCollection
{
    public const string Name = "Telemetry";
}
