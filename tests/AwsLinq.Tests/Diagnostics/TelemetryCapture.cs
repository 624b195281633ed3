using System.Diagnostics;
using Amazon.Runtime;
using Amazon.S3;
using Metric = OpenTelemetry.Metrics.Metric;
using AwsLinq.LocalAws;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace AwsLinq.Tests.Diagnostics;

/// <summary>
/// The OpenTelemetry SDK, as an application would set it up, exporting AwsLinq's and the AWS SDK's activities and
/// AwsLinq's metrics to memory. Each test runs its query inside a root activity of its own and reads only that trace.
/// </summary>
internal sealed class TelemetryCapture : IDisposable
{
    /// <summary>Credentials no tag or log entry may show.</summary>
    public const string AccessKey = "AKIATELEMETRYTEST01";
    public const string SecretKey = "telemetry-secret-key-never-shown";

    private static readonly ActivitySource Tests = new("AwsLinq.Tests");
    private readonly List<Activity> _activities = [];
    private readonly List<Metric> _metrics = [];
    private readonly TracerProvider _tracing;
    private readonly MeterProvider _meters;
    private readonly Activity _root;

    public TelemetryCapture(LocalAwsServer server)
    {
        Client = S3Client(server);
        _tracing = Sdk.CreateTracerProviderBuilder()
            .AddSource(AwsLinqDiagnostics.ActivitySourceName, "AWSSDK.*", Tests.Name)
            .AddInMemoryExporter(_activities)
            .Build()!;
        _meters = Sdk.CreateMeterProviderBuilder().AddMeter(AwsLinqDiagnostics.MeterName).AddInMemoryExporter(_metrics).Build()!;
        _root = Tests.StartActivity("test")!;
    }

    /// <summary>Gets a client of the server whose SDK spans go to the capture, signing with <see cref="AccessKey"/>.</summary>
    public AmazonS3Client Client { get; }

    /// <summary>A client of <paramref name="server"/> whose SDK spans are activities, signing with <see cref="AccessKey"/>.</summary>
    public static AmazonS3Client S3Client(LocalAwsServer server) => new(
        new BasicAWSCredentials(AccessKey, SecretKey),
        new AmazonS3Config
        {
            ServiceURL = server.ServiceUrl.ToString(),
            ForcePathStyle = true,
            AuthenticationRegion = server.Region,
            TelemetryProvider = SdkActivities.Provider(),
        });

    /// <summary>Ends the test's trace and returns its activities, the root left out, in the order they ended.</summary>
    public IReadOnlyList<Activity> Activities()
    {
        _root.Stop();
        _tracing.ForceFlush();
        return _activities.Where(a => a.TraceId == _root.TraceId && a != _root).ToArray();
    }

    public Activity Single(string name) => Activities().Should().ContainSingle(a => a.DisplayName == name).Subject;

    /// <summary>The sum a counter recorded, over the points whose tags include <paramref name="tags"/>.</summary>
    public long Sum(string instrument, params (string Key, object Value)[] tags)
    {
        _metrics.Clear();
        _meters.ForceFlush();
        long sum = 0;
        foreach (var metric in _metrics.Where(m => m.Name == instrument))
        {
            foreach (ref readonly var point in metric.GetMetricPoints())
            {
                var pointTags = new Dictionary<string, object?>();
                foreach (var tag in point.Tags)
                {
                    pointTags[tag.Key] = tag.Value;
                }

                if (tags.All(t => pointTags.TryGetValue(t.Key, out var value) && Equals(value, t.Value)))
                {
                    sum += point.GetSumLong();
                }
            }
        }

        return sum;
    }

    public void Dispose()
    {
        Client.Dispose();
        _root.Dispose();
        _tracing.Dispose();
        _meters.Dispose();
    }
}
