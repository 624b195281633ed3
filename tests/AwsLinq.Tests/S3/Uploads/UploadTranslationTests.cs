using AwsLinq.LocalAws;
using AwsLinq.Tests.Infrastructure;

namespace AwsLinq.Tests.S3.Uploads;

/// <summary>Each upload translation rule, asserted on the ListMultipartUploads requests LocalAws served.</summary>
public sealed class UploadTranslationTests(LocalS3Fixture s3) : IClassFixture<LocalS3Fixture>
{
    private static readonly DateTimeOffset Begun = new(2024, 3, 1, 0, 0, 0, TimeSpan.Zero);

    private string Bucket(params string[] keys)
    {
        var bucket = s3.Bucket();
        s3.Server.S3.SeedUploads(bucket, keys.Select((key, i) => new LocalS3Upload(key, Begun.AddMinutes(i), $"id-{i:D2}")));
        return bucket;
    }

    private IReadOnlyList<ServedRequest> Listings(string bucket) => s3.Server.Requests.For("s3", "ListMultipartUploads", bucket);

    [Fact]
    public async Task StartsWith_becomes_Prefix_and_Take_MaxUploads()
    {
        var bucket = Bucket("logs/a", "media/a", "media/b", "media/c");

        var keys = await s3.Client.MultipartUploads(bucket).Where(u => u.Key.StartsWith("media/")).Take(2).Select(u => u.Key).ToListAsync();

        keys.Should().Equal("media/a", "media/b");
        var request = Listings(bucket).Should().ContainSingle().Subject;
        (request.Parameter("Prefix"), request.Parameter("MaxUploads")).Should().Be(("media/", "2"));
    }

    [Fact]
    public async Task Pages_follow_both_markers_through_the_uploads_of_one_key()
    {
        var bucket = Bucket("big", "big", "big", "big", "big");

        var ids = await s3.Client.MultipartUploads(bucket).WithPageSize(2).Select(u => u.UploadId).ToListAsync();

        ids.Should().Equal("id-00", "id-01", "id-02", "id-03", "id-04");
        var requests = Listings(bucket);
        requests.Select(r => (r.Parameter("KeyMarker"), r.Parameter("UploadIdMarker"))).Should().Equal((null, null), ("big", "id-01"), ("big", "id-03"));
    }

    [Fact]
    public async Task An_exact_key_is_listed_as_its_prefix_up_to_the_first_other_key()
    {
        var bucket = Bucket("tmp", "tmp", "tmp", "tmp-1", "tmp/x", "tmp/y", "tmp/z");

        var ids = await s3.Client.MultipartUploads(bucket).WithPageSize(2).Where(u => u.Key == "tmp").Select(u => u.UploadId).ToListAsync();

        ids.Should().Equal("id-00", "id-01", "id-02");
        var requests = Listings(bucket);
        requests.Should().HaveCount(2, "the second page ends with tmp-1, the first other key").And.OnlyContain(r => r.Parameter("Prefix") == "tmp");
    }

    [Fact]
    public async Task A_lower_bound_becomes_KeyMarker()
    {
        var bucket = Bucket("a", "b", "c", "c", "d");

        var keys = await s3.Client.MultipartUploads(bucket).Where(u => u.Key.CompareTo("b") > 0).Select(u => u.Key).ToListAsync();

        keys.Should().Equal("c", "c", "d");
        Listings(bucket).Should().ContainSingle().Which.Parameter("KeyMarker").Should().Be("b");
    }

    [Fact]
    public async Task An_upper_bound_ends_the_listing_at_the_first_key_past_it()
    {
        var bucket = Bucket("a", "b", "c", "d", "e", "f", "g");

        var keys = await s3.Client.MultipartUploads(bucket).WithPageSize(2).Where(u => u.Key.CompareTo("c") <= 0).Select(u => u.Key).ToListAsync();

        keys.Should().Equal("a", "b", "c");
        Listings(bucket).Should().HaveCount(2);
    }

    [Fact]
    public async Task An_age_predicate_runs_in_memory_and_ServerSideOnly_refuses_it()
    {
        var bucket = Bucket("a", "b", "c");
        var cutoff = Begun.UtcDateTime.AddMinutes(1);
        var query = s3.Client.MultipartUploads(bucket).Where(u => u.Initiated < cutoff);

        var keys = await query.Select(u => u.Key).ToListAsync();
        var strict = async () => await query.ServerSideOnly().ToListAsync();

        keys.Should().Equal("a");
        Listings(bucket).Should().ContainSingle().Which.Parameter("Prefix").Should().BeNull();
        await strict.Should().ThrowAsync<InvalidOperationException>().WithMessage(
            "The LINQ expression 'u => u.Initiated < *' could not be translated into S3 ListMultipartUploads request parameters, and ServerSideOnly() forbids evaluating it in memory. *");
    }

    [Fact]
    public void Explain_shows_the_request_and_the_early_stop_of_an_exact_key()
    {
        var plan = s3.Client.MultipartUploads("media").Where(u => u.Key == "big.mov").WithPageSize(50).Explain();

        plan.ToString().Should().Be(
            """
            S3 ListMultipartUploads of bucket 'media'
              request: ListMultipartUploads Bucket=media, Prefix=big.mov, MaxUploads=50
              in memory: where u => u.Key == "big.mov"
              stops: at the first item where u => u.Key != "big.mov", or after the last page
              follow-up calls: none
            """.ReplaceLineEndings());
    }
}
