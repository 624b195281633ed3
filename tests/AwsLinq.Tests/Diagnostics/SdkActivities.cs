using System.Diagnostics;
using Amazon.Runtime.Telemetry;
using Amazon.Runtime.Telemetry.Tracing;

namespace AwsLinq.Tests.Diagnostics;

/// <summary>
/// Turns the AWS SDK's own spans into activities, as OpenTelemetry.Instrumentation.AWS does when an application calls
/// <c>AddAWSInstrumentation()</c>: the SDK traces nothing until a tracer provider is registered with it. Each scope
/// (<c>Amazon.S3</c>, ...) is an activity source of that name.
/// </summary>
internal sealed class SdkActivities : TracerProvider
{
    public static TelemetryProvider Provider()
    {
        var provider = new DefaultTelemetryProvider();
        provider.RegisterTracerProvider(new SdkActivities());
        return provider;
    }

    public override Tracer GetTracer(string scope) => new ScopeTracer(scope);

    private sealed class ScopeTracer(string scope) : Tracer
    {
        private readonly ActivitySource _source = new(scope);

        public override TraceSpan CreateSpan(string name, Attributes? initialAttributes = null, SpanKind spanKind = SpanKind.INTERNAL, SpanContext? parentContext = null)
        {
            var kind = spanKind == SpanKind.CLIENT ? ActivityKind.Client : ActivityKind.Internal;
            var tags = initialAttributes?.AllAttributes.Select(a => new KeyValuePair<string, object?>(a.Key, a.Value));
            return new Span(_source.StartActivity(name, kind, parentContext: default, tags));
        }
    }

    private sealed class Span(Activity? activity) : TraceSpan
    {
        public override void EmitEvent(string name, Attributes? attributes = null) => activity?.AddEvent(new ActivityEvent(name));

        public override void SetAttribute(string key, object value) => activity?.SetTag(key, value);

        public override void SetStatus(SpanStatus status) => activity?.SetStatus(status == SpanStatus.ERROR ? ActivityStatusCode.Error : ActivityStatusCode.Ok);

        public override void RecordException(Exception exception, Attributes? attributes = null) => activity?.AddException(exception);

        public override void End() => activity?.Stop();

        protected override void Dispose(bool disposing)
        {
            activity?.Dispose();
            base.Dispose(disposing);
        }
    }
}
