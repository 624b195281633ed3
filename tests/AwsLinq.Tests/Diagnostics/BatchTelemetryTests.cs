using AwsLinq.Tests.Infrastructure;

namespace AwsLinq.Tests.Diagnostics;

/// <summary>A batch action's activity, its query and the SDK's calls beneath it, and its outcome metrics, over LocalAws.</summary>
[Collection(TelemetryCollection.Name)]
public sealed class BatchTelemetryTests(LocalS3Fixture s3) : IClassFixture<LocalS3Fixture>
{
    [Fact]
    public async Task DeleteAllAsync_is_one_activity_over_its_query_and_its_DeleteObjects_calls()
    {
        var bucket = s3.Bucket([.. LocalS3Fixture.Keys("tmp/", 2500), .. LocalS3Fixture.Keys("keep/", 5)]);
        using var capture = new TelemetryCapture(s3.Server);
        var client = capture.Client;

        var result = await client.Objects(bucket).Where(o => o.Key.StartsWith("tmp/")).DeleteAllAsync();

        result.Calls.Should().Be(3);
        s3.Server.Requests.For("s3", "DeleteObjects", bucket).Should().HaveCount(3);
        var batch = capture.Single("S3.DeleteObjects batch");
        QueryTelemetryTests.Tags(batch).Should().Equal(new Dictionary<string, object?>
        {
            ["rpc.system"] = "aws-api",
            ["rpc.service"] = "S3",
            ["rpc.method"] = "DeleteObjects",
            ["awslinq.batch.dry_run"] = false,
            ["awslinq.batch.selected"] = 2500,
            ["awslinq.batch.succeeded"] = 2500,
            ["awslinq.batch.failed"] = 0,
            ["awslinq.batch.calls"] = 3,
        });
        var query = capture.Single("S3.ListObjectsV2 query");
        query.ParentSpanId.Should().Be(batch.SpanId);
        query.GetTagItem("awslinq.items.listed").Should().Be(2500L);
        var activities = capture.Activities();
        activities.Where(a => a.DisplayName == "S3.DeleteObjects").Should().HaveCount(3).And.OnlyContain(a => a.ParentSpanId == batch.SpanId);
        activities.Where(a => a.DisplayName == "S3.ListObjectsV2").Should().HaveCount(3).And.OnlyContain(a => a.ParentSpanId == query.SpanId);
        QueryTelemetryTests.NoCredentialsIn(activities);

        var action = new[] { ("rpc.service", (object)"S3"), ("rpc.method", "DeleteObjects"), ("awslinq.batch.dry_run", false) };
        capture.Sum("awslinq.batch.items", [.. action, ("awslinq.batch.outcome", "succeeded")]).Should().Be(2500);
        capture.Sum("awslinq.batch.items", [.. action, ("awslinq.batch.outcome", "failed")]).Should().Be(0);
        capture.Sum("awslinq.batch.calls", action).Should().Be(3);
    }

    [Fact]
    public async Task A_dry_run_is_tagged_and_counted_as_one()
    {
        var bucket = s3.Bucket(LocalS3Fixture.Keys("k", 20));
        using var capture = new TelemetryCapture(s3.Server);
        var client = capture.Client;

        await client.Objects(bucket).DeleteAllAsync(new BatchOptions { DryRun = true });

        s3.Server.S3.ListAll(bucket).Should().HaveCount(20);
        var batch = capture.Single("S3.DeleteObjects batch");
        (batch.GetTagItem("awslinq.batch.dry_run"), batch.GetTagItem("awslinq.batch.succeeded"), batch.GetTagItem("awslinq.batch.calls")).Should().Be((true, 20, 0));
        capture.Sum("awslinq.batch.items", ("awslinq.batch.dry_run", true), ("awslinq.batch.outcome", "succeeded")).Should().Be(20);
        capture.Sum("awslinq.batch.items", ("awslinq.batch.dry_run", false)).Should().Be(0);
    }
}
