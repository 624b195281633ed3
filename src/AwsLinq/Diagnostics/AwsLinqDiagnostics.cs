namespace AwsLinq;

/// <summary>
/// The names under which AwsLinq reports what its queries and batch actions do: an <see cref="System.Diagnostics.ActivitySource"/>
/// and a <see cref="System.Diagnostics.Metrics.Meter"/>, both named <c>AwsLinq</c>. Add them to OpenTelemetry with
/// <c>tracing.AddSource(AwsLinqDiagnostics.ActivitySourceName)</c> and <c>metrics.AddMeter(AwsLinqDiagnostics.MeterName)</c>;
/// docs/observability.md lists the activities, their tags and the instruments.
/// </summary>
public static class AwsLinqDiagnostics
{
    /// <summary>The name of the activity source: one activity per query execution and per batch action.</summary>
    public const string ActivitySourceName = "AwsLinq";

    /// <summary>The name of the meter: requests, pages, items listed and filtered in memory, follow-up calls, batch outcomes.</summary>
    public const string MeterName = "AwsLinq";
}
