using Amazon.S3.Model;
using AwsLinq.LocalAws;

namespace AwsLinq.Tests.LocalAws;

public class LocalS3SeedingTests : LocalAwsTestBase
{
    [Fact]
    public async Task Seeding_100000_objects_lists_them_all()
    {
        State.CreateBucket("big");
        var time = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

        State.SeedObjects("big", Enumerable.Range(0, 100_000).Select(i => new LocalS3Object($"p/{i % 97}/{i}", i, time)));

        State.ListAll("big").Should().HaveCount(100_000);
        var page = await Client.ListObjectsV2Async(new ListObjectsV2Request { BucketName = "big", Prefix = "p/5/", StartAfter = "p/5/50000" });
        page.S3Objects.Should().NotBeEmpty().And.OnlyContain(o => string.CompareOrdinal(o.Key, "p/5/50000") > 0);
    }

    [Fact]
    public void Seeding_again_replaces_objects_with_the_same_key_and_keeps_order()
    {
        State.CreateBucket("twice");
        State.SeedObjects("twice", [Seeded("b", 1), Seeded("a", 1)]);

        State.SeedObjects("twice", [Seeded("b", 2), Seeded("c", 3)]);

        State.ListAll("twice").Select(o => (o.Key, o.Size)).Should().Equal(("a", 1L), ("b", 2L), ("c", 3L));
    }

    [Fact]
    public void Seeded_objects_are_normalized_as_S3_reports_them()
    {
        State.CreateBucket("normal");

        State.SeedObjects("normal", [new LocalS3Object("k", 5, new DateTimeOffset(2024, 3, 4, 5, 6, 7, 890, TimeSpan.FromHours(-5)))]);

        var stored = State.ListAll("normal").Single();
        stored.LastModified.Should().Be(new DateTimeOffset(2024, 3, 4, 10, 6, 7, TimeSpan.Zero));
        stored.LastModified.Offset.Should().Be(TimeSpan.Zero);
        stored.ETag.Should().MatchRegex("^\"[0-9a-f]{32}-1\"$");
    }

    [Fact]
    public void Seeding_checks_its_arguments()
    {
        State.CreateBucket("checked");

        FluentActions.Invoking(() => State.SeedObjects("absent", [Seeded("k")]))
            .Should().Throw<InvalidOperationException>().WithMessage("Bucket 'absent' does not exist. Call CreateBucket first.");
        FluentActions.Invoking(() => State.SeedObjects("checked", [Seeded("")])).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => State.SeedObjects("checked", [Seeded(new string('x', 1025))])).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => State.SeedObjects("checked", [Seeded("k", -1)])).Should().Throw<ArgumentOutOfRangeException>();
    }
}
