using AwsLinq.Tests.Infrastructure;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace AwsLinq.Tests.Diagnostics;

/// <summary>What a query logs through the logger <c>WithLogging</c> gives it: the plan at Debug, and the in-memory warning.</summary>
public sealed class QueryLoggingTests(LocalS3Fixture s3) : IClassFixture<LocalS3Fixture>
{
    [Fact]
    public async Task The_plan_is_logged_at_Debug_and_a_scan_in_memory_over_the_threshold_is_a_warning()
    {
        var bucket = s3.Bucket(LocalS3Fixture.Keys("logs/", 250));
        var logger = new FakeLogger();
        using var client = TelemetryCapture.S3Client(s3.Server);
        var query = client.Objects(bucket).Where(o => o.Key.StartsWith("logs/") && o.Size >= 1000);

        var found = await query.WithLogging(new QueryLogging(logger) { InMemoryWarningThreshold = 100 }).ToListAsync();

        found.Should().HaveCount(150);
        var entries = logger.Collector.GetSnapshot();
        entries.Select(e => (e.Level, e.Id.Id, e.Id.Name)).Should().Equal((LogLevel.Debug, 1, "QueryPlanned"), (LogLevel.Warning, 2, "QueryFilteredInMemory"));
        entries[0].Message.Should().Be($"AwsLinq query plan:\nS3 ListObjectsV2 of bucket '{bucket}'\n  request: ListObjectsV2 Bucket={bucket}, Prefix=logs/\n  in memory: where o => o.Size >= 1000\n  stops: after the last page\n  follow-up calls: none");
        entries[1].Message.Should().Be(
            $"The query over S3 ListObjectsV2 of bucket '{bucket}' evaluated 'where o => o.Size >= 1000' in memory over 250 listed items, more than the warning threshold of 100. " +
            "Rewrite the predicate so that S3 filters it (docs/translation.md lists what is sent), or raise QueryLogging.InMemoryWarningThreshold if reading the whole listing is intended.");
        entries.Should().OnlyContain(e => !e.Message.Contains(TelemetryCapture.AccessKey) && !e.Message.Contains(TelemetryCapture.SecretKey));
    }

    [Fact]
    public async Task A_query_under_the_threshold_or_filtered_by_the_service_logs_only_its_plan()
    {
        var bucket = s3.Bucket(LocalS3Fixture.Keys("logs/", 250));
        var logger = new FakeLogger();
        var logging = new QueryLogging(logger);

        await s3.Client.Objects(bucket).Where(o => o.Size >= 1000).WithLogging(logging).ToListAsync();
        await s3.Client.Objects(bucket).Where(o => o.Key.StartsWith("logs/00")).WithLogging(logging).ToListAsync();

        logging.InMemoryWarningThreshold.Should().Be(1000);
        logger.Collector.GetSnapshot().Select(e => e.Level).Should().Equal(LogLevel.Debug, LogLevel.Debug);
    }

    [Fact]
    public void A_negative_threshold_is_refused_and_a_foreign_query_is_returned_as_it_is()
    {
        var create = () => new QueryLogging(new FakeLogger()) { InMemoryWarningThreshold = -1 };
        create.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("value");

        var list = new[] { 1, 2 }.AsQueryable();
        list.WithLogging(new QueryLogging(new FakeLogger())).Should().BeSameAs(list);
    }
}
