using AwsLinq.LocalAws;
using AwsLinq.Tests.Infrastructure;

namespace AwsLinq.Tests.S3.Versions;

/// <summary>Each version translation rule, asserted on the ListObjectVersions requests LocalAws served.</summary>
public sealed class VersionTranslationTests(LocalS3Fixture s3) : IClassFixture<LocalS3Fixture>
{
    // Each key of steps gets a new version; "-key" adds a delete marker.
    private async Task<string> Bucket(params string[] steps)
    {
        var bucket = s3.Bucket();
        await VersionWrites.WriteAsync(s3.Client, bucket, [], steps);
        s3.Server.Requests.Clear();
        return bucket;
    }

    private IReadOnlyList<ServedRequest> Listings(string bucket) => s3.Server.Requests.For("s3", "ListObjectVersions", bucket);

    [Fact]
    public async Task StartsWith_becomes_Prefix_and_Take_MaxKeys()
    {
        var bucket = await Bucket("logs/a", "media/a", "media/a", "media/b", "media/c");

        var versions = await s3.Client.ObjectVersions(bucket).Where(v => v.Key.StartsWith("media/")).Take(2).Select(v => v.Key).ToListAsync();

        versions.Should().Equal("media/a", "media/a");
        var request = Listings(bucket).Should().ContainSingle().Subject;
        (request.Parameter("Prefix"), request.Parameter("MaxKeys")).Should().Be(("media/", "2"));
    }

    [Fact]
    public async Task Pages_follow_both_markers_through_the_versions_of_one_key_newest_first()
    {
        var bucket = await Bucket("big", "big", "-big", "big", "big");
        var written = await VersionWrites.ListAllAsync(s3.Client, bucket);
        s3.Server.Requests.Clear();

        var versions = await s3.Client.ObjectVersions(bucket).WithPageSize(2).ToListAsync();

        versions.Select(v => (v.Size, v.IsDeleteMarker == true, v.IsLatest == true)).Should().Equal(((long?)4, false, true), (3, false, false), (null, true, false), (2, false, false), (1, false, false));
        Listings(bucket).Select(r => (r.Parameter("KeyMarker"), r.Parameter("VersionIdMarker"))).Should().Equal(
            (null, null), ("big", written[1].VersionId), ("big", written[3].VersionId));
    }

    [Fact]
    public async Task A_strict_lower_bound_becomes_KeyMarker_which_skips_every_version_of_that_key()
    {
        var bucket = await Bucket("a", "b", "b", "c", "c", "d");

        var keys = await s3.Client.ObjectVersions(bucket).Where(v => v.Key.CompareTo("b") > 0).Select(v => v.Key).ToListAsync();

        keys.Should().Equal("c", "c", "d");
        Listings(bucket).Should().ContainSingle().Which.Parameter("KeyMarker").Should().Be("b");
    }

    [Fact]
    public async Task An_inclusive_lower_bound_keeps_every_version_of_its_key()
    {
        var bucket = await Bucket("a", "bc", "bc", "bc", "c");

        var keys = await s3.Client.ObjectVersions(bucket).WithPageSize(2).Where(v => v.Key.CompareTo("bc") >= 0).Select(v => v.Key).ToListAsync();

        keys.Should().Equal("bc", "bc", "bc", "c");
        Listings(bucket)[0].Parameter("KeyMarker").Should().Be("b", "KeyMarker=bc would resume after every version of bc");
    }

    [Fact]
    public async Task An_inclusive_lower_bound_of_one_character_sends_no_KeyMarker()
    {
        var bucket = await Bucket("a", "a", "b");

        var keys = await s3.Client.ObjectVersions(bucket).Where(v => v.Key.CompareTo("a") >= 0).Select(v => v.Key).ToListAsync();

        keys.Should().Equal("a", "a", "b");
        Listings(bucket).Should().ContainSingle().Which.Parameter("KeyMarker").Should().BeNull();
    }

    [Fact]
    public async Task An_upper_bound_ends_the_listing_at_the_first_key_past_it()
    {
        var bucket = await Bucket("a", "b", "c", "c", "d", "e", "f", "g");

        var keys = await s3.Client.ObjectVersions(bucket).WithPageSize(2).Where(v => v.Key.CompareTo("c") <= 0).Select(v => v.Key).ToListAsync();

        keys.Should().Equal("a", "b", "c", "c");
        Listings(bucket).Should().HaveCount(3, "the third page starts with d, past the bound");
    }

    [Fact]
    public async Task An_exact_key_is_listed_as_its_prefix_up_to_the_first_other_key()
    {
        var bucket = await Bucket("tmp", "tmp", "-tmp", "tmp-1", "tmp/x", "tmp/y", "tmp/z");

        var versions = await s3.Client.ObjectVersions(bucket).WithPageSize(2).Where(v => v.Key == "tmp").ToListAsync();

        versions.Select(v => v.IsDeleteMarker == true).Should().Equal(true, false, false);
        Listings(bucket).Should().HaveCount(2, "the second page ends with tmp-1, the first other key").And.OnlyContain(r => r.Parameter("Prefix") == "tmp");
    }

    [Fact]
    public async Task IsLatest_runs_in_memory_and_ServerSideOnly_refuses_it()
    {
        var bucket = await Bucket("a", "a", "b");
        var query = s3.Client.ObjectVersions(bucket).Where(v => v.IsLatest != true);

        var keys = await query.Select(v => v.Key).ToListAsync();
        var strict = async () => await query.ServerSideOnly().ToListAsync();

        keys.Should().Equal("a");
        Listings(bucket).Should().ContainSingle().Which.Parameter("Prefix").Should().BeNull();
        await strict.Should().ThrowAsync<InvalidOperationException>().WithMessage(
            "The LINQ expression 'v => v.IsLatest != *' could not be translated into S3 ListObjectVersions request parameters, and ServerSideOnly() forbids evaluating it in memory. *");
    }

    [Fact]
    public async Task An_unversioned_bucket_lists_each_object_as_its_null_version()
    {
        var bucket = s3.Bucket("a", "b");

        var versions = await s3.Client.ObjectVersions(bucket).ToListAsync();

        versions.Select(v => (v.Key, v.VersionId, v.IsLatest)).Should().Equal(("a", "null", true), ("b", "null", true));
    }

    [Theory]
    [InlineData("truncated-without-token", "S3 ListObjectVersions of bucket '*' at * answered a truncated page (page 1) without a continuation token. *")]
    [InlineData("keys-out-of-order", "S3 ListObjectVersions of bucket '*' at * listed 'b' and then 'a' (out of order), but S3 lists in ascending order. *")]
    public async Task A_page_that_breaks_the_listing_contract_is_a_clear_error(string fault, string message)
    {
        var bucket = await Bucket("a", "b", "c", "d", "e");
        s3.Server.S3.Faults.Add("ListObjectVersions", LocalFault.Parse(fault));
        Func<Task> list = async () => await s3.Client.ObjectVersions(bucket).WithPageSize(2).ToListAsync();
        try
        {
            await list.Should().ThrowAsync<BrokenListingException>().WithMessage(message);
        }
        finally
        {
            s3.Server.S3.Faults.Reset();
        }
    }

    [Fact]
    public void Explain_shows_the_request_the_in_memory_part_and_the_early_stop()
    {
        var plan = s3.Client.ObjectVersions("logs").Where(v => v.Key.StartsWith("app/") && v.Key.CompareTo("app/m") < 0 && v.IsLatest != true).WithPageSize(500).Explain();

        plan.ToString().Should().Be(
            """
            S3 ListObjectVersions of bucket 'logs'
              request: ListObjectVersions Bucket=logs, Prefix=app/, MaxKeys=500
              in memory: where v => v.IsLatest != true
              stops: at the first item where v => Utf8Comparer.Instance.Compare(v.Key, "app/m") >= 0, or after the last page
              follow-up calls: none
            """.ReplaceLineEndings());
    }
}
