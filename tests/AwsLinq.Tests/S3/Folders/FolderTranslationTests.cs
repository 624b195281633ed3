using AwsLinq.LocalAws;
using AwsLinq.Tests.Infrastructure;

namespace AwsLinq.Tests.S3.Folders;

/// <summary>Each folder translation rule, asserted on the ListObjectsV2 requests LocalAws served.</summary>
public sealed class FolderTranslationTests(LocalS3Fixture s3) : IClassFixture<LocalS3Fixture>
{
    private string SeededBucket()
    {
        var bucket = s3.Bucket();
        s3.Server.S3.SeedObjects(bucket, FolderSpecData.Objects);
        return bucket;
    }

    [Fact]
    public async Task The_top_level_is_listed_with_the_delimiter_and_no_prefix()
    {
        var bucket = SeededBucket();

        var folders = await s3.Client.Folders(bucket).ToListAsync();

        folders.Should().Equal(new S3Folder(bucket, "logs/", "logs"), new S3Folder(bucket, "photos/", "photos"), new S3Folder(bucket, "videos/", "videos"));
        var request = s3.Listings(bucket).Should().ContainSingle().Subject;
        (request.Parameter("Delimiter"), request.Parameter("Prefix"), request.Parameter("MaxKeys")).Should().Be(("/", null, null));
    }

    [Fact]
    public async Task A_name_prefix_lengthens_the_Prefix_sent()
    {
        var bucket = SeededBucket();

        var names = await s3.Client.Folders(bucket, "photos/").Where(f => f.Name.StartsWith("2024")).Select(f => f.Name).ToListAsync();

        names.Should().Equal("2024-01", "2024-02", "2024", "2024x");
        s3.Listings(bucket).Should().ContainSingle().Which.Parameter("Prefix").Should().Be("photos/2024");
    }

    [Fact]
    public async Task A_prefix_past_the_delimiter_is_cut_there_and_rechecked()
    {
        var bucket = SeededBucket();

        var exact = await s3.Client.Folders(bucket, "photos/").Where(f => f.Prefix == "photos/2024/").ToListAsync();
        var deeper = await s3.Client.Folders(bucket, "photos/").Where(f => f.Prefix.StartsWith("photos/2024/jan")).ToListAsync();

        exact.Should().Equal(new S3Folder(bucket, "photos/2024/", "2024"));
        deeper.Should().BeEmpty();
        s3.Listings(bucket).Should().HaveCount(2).And.OnlyContain(r => r.Parameter("Prefix") == "photos/2024" && r.Parameter("Delimiter") == "/");
    }

    [Fact]
    public async Task A_prefix_outside_the_listed_one_sends_nothing()
    {
        var bucket = SeededBucket();

        var folders = await s3.Client.Folders(bucket, "photos/").Where(f => f.Prefix.StartsWith("logs/")).ToListAsync();

        folders.Should().BeEmpty();
        s3.Listings(bucket).Should().BeEmpty();
    }

    [Fact]
    public async Task A_lower_bound_becomes_StartAfter_and_the_folder_holding_it_is_dropped()
    {
        var bucket = SeededBucket();

        var names = await s3.Client.Folders(bucket, "photos/").Where(f => f.Prefix.CompareTo("photos/2024/") > 0).Select(f => f.Name).Take(2).ToListAsync();

        names.Should().Equal("2024x", "Zürich");
        var request = s3.Listings(bucket).Should().ContainSingle().Subject;
        (request.Parameter("Prefix"), request.Parameter("StartAfter")).Should().Be(("photos/", "photos/2024/"));
    }

    [Fact]
    public async Task An_upper_bound_ends_the_listing_at_the_first_folder_past_it()
    {
        var bucket = SeededBucket();

        var names = await s3.Client.Folders(bucket, "photos/").WithPageSize(2).Where(f => f.Prefix.CompareTo("photos/2024-02/") <= 0).Select(f => f.Name).ToListAsync();

        names.Should().Equal("2023", "2024-01", "2024-02");
        s3.Listings(bucket).Should().HaveCount(3, "pages of two hold 0-cover, 1-cover | 2023, 2024-01 | 2024-02, 2024, where it stops");
    }

    [Fact]
    public async Task Pages_of_objects_only_are_not_empty_pages()
    {
        var bucket = s3.Bucket([.. LocalS3Fixture.Keys("top/", 12), "top/z/a"]);

        var folders = await s3.Client.Folders(bucket, "top/").WithPageSize(1).WithListingPolicy(new ListingPolicy { MaxConsecutiveEmptyPages = 3 }).ToListAsync();

        folders.Should().Equal(new S3Folder(bucket, "top/z/", "z"));
        s3.Listings(bucket).Should().HaveCount(13);
    }

    [Fact]
    public async Task A_predicate_on_the_name_that_S3_cannot_apply_runs_in_memory_and_ServerSideOnly_refuses_it()
    {
        var bucket = SeededBucket();
        var query = s3.Client.Folders(bucket, "photos/").Where(f => f.Name.EndsWith("4"));

        var names = await query.Select(f => f.Name).ToListAsync();
        var strict = async () => await query.ServerSideOnly().ToListAsync();

        names.Should().Equal("2024");
        await strict.Should().ThrowAsync<InvalidOperationException>().WithMessage(
            "The LINQ expression 'f => f.Name.EndsWith(\"4\")' could not be translated into S3 ListObjectsV2 request parameters, and ServerSideOnly() forbids evaluating it in memory. *");
    }

    [Fact]
    public void Explain_shows_the_prefix_the_delimiter_and_the_early_stop()
    {
        var plan = s3.Client.Folders("media", "photos/").Where(f => f.Name.StartsWith("20") && f.Prefix.CompareTo("photos/3") < 0).Take(5).Explain();

        plan.ToString().Should().Be(
            """
            S3 ListObjectsV2 of the folders under 'photos/' of bucket 'media'
              request: ListObjectsV2 Bucket=media, Prefix=photos/20, Delimiter=/, MaxKeys=5
              in memory: take 5
              stops: after 5 items, or at the first item where f => Utf8Comparer.Instance.Compare(f.Prefix, "photos/3") >= 0, or after the last page
              follow-up calls: none
            """.ReplaceLineEndings());
    }

    [Fact]
    public void An_empty_delimiter_is_refused()
    {
        var act = () => s3.Client.Folders("media", "photos/", "");

        act.Should().Throw<ArgumentException>().WithParameterName("delimiter");
    }
}
