using AwsLinq.Tests.Infrastructure;

namespace AwsLinq.Tests.Diagnostics;

/// <summary>The query counters of parallel listings cut at their folders, checked against LocalAws's request log.</summary>
[Collection(TelemetryCollection.Name)]
public sealed class ParallelFolderTelemetryTests(LocalS3Fixture s3) : IClassFixture<LocalS3Fixture>
{
    [Fact]
    public async Task Two_prefixes_read_whole_in_parallel_are_not_stopped_early_and_count_a_page_per_request()
    {
        var bucket = s3.Bucket([.. LocalS3Fixture.Keys("a/x/", 120), .. LocalS3Fixture.Keys("a/y/", 30), .. LocalS3Fixture.Keys("b/z/", 80)]);
        using var capture = new TelemetryCapture(s3.Server);

        var found = await capture.Client.Objects(bucket).Where(o => o.Key.StartsWith("a/") || o.Key.StartsWith("b/")).WithPageSize(25).WithDegreeOfParallelism(4).ToListAsync();

        found.Should().HaveCount(230);
        var requests = s3.Listings(bucket);
        requests.Should().Contain(r => r.Parameter("Delimiter") == "/");
        var query = capture.Single("S3.ListObjectsV2 query");
        query.GetTagItem("awslinq.requests").Should().Be((long)requests.Count);
        query.GetTagItem("awslinq.pages").Should().Be((long)requests.Count);
        query.GetTagItem("awslinq.stopped_early").Should().Be(false, "both listings were read to their last page");
    }

    [Fact]
    public async Task One_prefix_read_whole_in_parallel_is_not_stopped_early()
    {
        var bucket = s3.Bucket([.. LocalS3Fixture.Keys("a/x/", 120), .. LocalS3Fixture.Keys("a/y/", 30)]);
        using var capture = new TelemetryCapture(s3.Server);

        var found = await capture.Client.Objects(bucket).Where(o => o.Key.StartsWith("a/")).WithPageSize(25).WithDegreeOfParallelism(4).ToListAsync();

        found.Should().HaveCount(150);
        var query = capture.Single("S3.ListObjectsV2 query");
        query.GetTagItem("awslinq.stopped_early").Should().Be(false);
        query.GetTagItem("awslinq.pages").Should().Be((long)s3.Listings(bucket).Count);
    }
}
