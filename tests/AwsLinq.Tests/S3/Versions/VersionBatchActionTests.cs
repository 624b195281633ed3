using System.Xml.Linq;
using Amazon.S3;
using AwsLinq.LocalAws;
using AwsLinq.Tests.Batch;
using AwsLinq.Tests.Infrastructure;

namespace AwsLinq.Tests.S3.Versions;

/// <summary>
/// <c>DeleteAllAsync</c> on object versions, through the SDK against LocalAws: the DeleteObjects calls and their
/// bodies, the versions and delete markers left, and the result's tally.
/// </summary>
public sealed class VersionBatchActionTests(LocalS3Fixture s3) : IClassFixture<LocalS3Fixture>
{
    // 1,050 steps over 30 keys, every seventh a delete: versions and delete markers, more than one call's worth.
    private static readonly string[] History =
        Enumerable.Range(0, 1050).Select(n => (n % 7 == 6 ? "-" : string.Empty) + (n % 3 == 0 ? "logs/" : "data/") + $"{n % 30:D2}").ToArray();

    private async Task<string> Bucket(IEnumerable<string> steps, params string[] unversioned)
    {
        var bucket = s3.Bucket();
        await VersionWrites.WriteAsync(s3.Client, bucket, unversioned, steps);
        s3.Server.Requests.Clear();
        return bucket;
    }

    private IReadOnlyList<ServedRequest> Deletes(string bucket) => s3.Server.Requests.For("s3", "DeleteObjects", bucket);

    private static string Id(Amazon.S3.Model.S3ObjectVersion v) => $"{v.Key}?versionId={v.VersionId}";

    [Fact]
    public async Task Emptying_a_versioned_bucket_deletes_every_version_and_delete_marker_with_its_VersionId()
    {
        var bucket = await Bucket(History, "logs/00", "data/01");
        var before = await VersionWrites.ListAllAsync(s3.Client, bucket);
        var recorder = new RecordBodies(r => r.Method == HttpMethod.Post && r.RequestUri!.Query.Contains("delete", StringComparison.Ordinal));
        using var client = s3.Server.CreateS3Client(c => c.HttpClientFactory = recorder);
        s3.Server.Requests.Clear();

        var result = await client.ObjectVersions(bucket).DeleteAllAsync();

        before.Should().HaveCount(1052).And.Contain(v => v.IsDeleteMarker == true).And.Contain(v => v.VersionId == "null");
        result.Succeeded.Should().Equal(before.Select(Id), "versions are reported in listing order");
        (result.Action, result.Selected, result.Calls, result.AllSucceeded).Should().Be(("DeleteObjects", 1052, 2, true));
        Deletes(bucket).Select(c => (c.Parameter("ObjectCount"), c.Parameter("Quiet"))).Should().Equal(("1000", "false"), ("52", "false"));
        var sent = recorder.Bodies.SelectMany(body => XDocument.Parse(body).Root!.Elements().Where(e => e.Name.LocalName == "Object"))
            .Select(o => $"{o.Elements().Single(e => e.Name.LocalName == "Key").Value}?versionId={o.Elements().SingleOrDefault(e => e.Name.LocalName == "VersionId")?.Value}");
        sent.Should().Equal(before.Select(Id), "each entry of the bodies names its version");
        (await VersionWrites.ListAllAsync(s3.Client, bucket)).Should().BeEmpty();
        s3.Server.S3.ListAll(bucket).Should().BeEmpty();
        await s3.Client.DeleteBucketAsync(bucket);
        s3.Server.S3.BucketExists(bucket).Should().BeFalse("DeleteBucket refuses a bucket that still holds versions or delete markers");
    }

    [Fact]
    public async Task Old_versions_under_a_prefix_go_and_every_current_object_stays()
    {
        var bucket = await Bucket(History);
        var before = await VersionWrites.ListAllAsync(s3.Client, bucket);
        var current = s3.Server.S3.ListAll(bucket).Select(o => (o.Key, o.Size)).ToList();
        var query = s3.Client.ObjectVersions(bucket).Where(v => v.Key.StartsWith("logs/") && v.IsLatest != true);
        s3.Server.Requests.Clear();

        var result = await query.DeleteAllAsync();

        s3.Server.Requests.For("s3", "ListObjectVersions", bucket).Should().OnlyContain(r => r.Parameter("Prefix") == "logs/");
        var doomed = before.Where(v => v.Key.StartsWith("logs/", StringComparison.Ordinal) && v.IsLatest != true).Select(Id).ToList();
        result.Succeeded.Should().Equal(doomed);
        (result.Selected, result.AllSucceeded).Should().Be((doomed.Count, true));
        (await VersionWrites.ListAllAsync(s3.Client, bucket)).Select(Id).Should().Equal(before.Select(Id).Except(doomed));
        s3.Server.S3.ListAll(bucket).Select(o => (o.Key, o.Size)).Should().Equal(current);
    }

    [Fact]
    public async Task Deleting_the_newest_delete_marker_brings_the_key_back()
    {
        var bucket = await Bucket(["k", "-k"]);

        var result = await s3.Client.ObjectVersions(bucket).Where(v => v.IsDeleteMarker == true).DeleteAllAsync();

        result.Succeeded.Should().ContainSingle().Which.Should().StartWith("k?versionId=");
        s3.Server.S3.FindObject(bucket, "k").Should().NotBeNull();
    }

    [Fact]
    public async Task A_dry_run_lists_what_would_be_deleted_and_sends_nothing()
    {
        var bucket = await Bucket(["a", "a", "-a", "b"]);
        var before = await VersionWrites.ListAllAsync(s3.Client, bucket);

        var result = await s3.Client.ObjectVersions(bucket).Where(v => v.Key == "a").DeleteAllAsync(new BatchOptions { DryRun = true });

        result.Succeeded.Should().Equal(before.Take(3).Select(Id));
        (result.DryRun, result.Selected, result.Calls).Should().Be((true, 3, 0));
        Deletes(bucket).Should().BeEmpty();
        (await VersionWrites.ListAllAsync(s3.Client, bucket)).Should().HaveCount(4);
    }

    [Fact]
    public async Task Versions_of_keys_with_control_characters_are_deleted_one_by_one_with_their_VersionId()
    {
        var bucket = await Bucket(["ctl\u0001one", "ctl\u0001one", "plain", "plain"]);

        var result = await s3.Client.ObjectVersions(bucket).DeleteAllAsync();

        (result.Selected, result.Calls, result.AllSucceeded).Should().Be((4, 3, true));
        var singles = s3.Server.Requests.For("s3", "DeleteObject", bucket);
        singles.Should().HaveCount(2).And.OnlyContain(r => r.Parameter("Key") == "ctl\u0001one" && r.Parameter("VersionId") != null);
        Deletes(bucket).Should().ContainSingle().Which.Parameter("ObjectCount").Should().Be("2");
        (await VersionWrites.ListAllAsync(s3.Client, bucket)).Should().BeEmpty();
    }

    [Fact]
    public async Task Versions_S3_refuses_are_failed_and_succeeded_plus_failed_is_what_was_selected()
    {
        var bucket = await Bucket(["a", "a", "denied", "denied", "z"]);
        s3.Server.S3.Faults.DeniedDeleteKeys = new HashSet<string> { "denied" };
        BatchResult result;
        try
        {
            result = await s3.Client.ObjectVersions(bucket).DeleteAllAsync();
        }
        finally
        {
            s3.Server.S3.Faults.Reset();
        }

        result.Failed.Should().HaveCount(2).And.OnlyContain(f => f.Id.StartsWith("denied?versionId=", StringComparison.Ordinal) && f.ErrorCode == "AccessDenied");
        result.Succeeded.Should().HaveCount(3);
        (result.Selected, result.AllSucceeded).Should().Be((5, false));
        (await VersionWrites.ListAllAsync(s3.Client, bucket)).Select(Id).Should().BeEquivalentTo(result.Failed.Select(f => f.Id));
    }

    [Fact]
    public async Task An_empty_answer_deletes_nothing_and_fails_every_version_for_want_of_an_answer()
    {
        var bucket = await Bucket(["a", "a", "b"]);
        s3.Server.S3.Faults.Add("DeleteObjects", LocalFault.EmptyBody);
        BatchResult result;
        try
        {
            result = await s3.Client.ObjectVersions(bucket).DeleteAllAsync();
        }
        finally
        {
            s3.Server.S3.Faults.Reset();
        }

        result.Succeeded.Should().BeEmpty();
        result.Failed.Should().HaveCount(3).And.OnlyContain(f => f.ErrorCode == "NoAnswer");
        (await VersionWrites.ListAllAsync(s3.Client, bucket)).Should().HaveCount(3);
    }

    [Fact]
    public void Explain_shows_the_listing_and_the_calls()
    {
        var plan = s3.Client.ObjectVersions("logs").Where(v => v.IsLatest != true).Explain(q => q.DeleteAllAsync(null, default));

        plan.Action.Should().Be("DeleteObjects per page of at most 1000 versions, each with its VersionId, not Quiet: S3 confirms each version");
    }

    [Fact]
    public async Task An_object_query_is_refused_by_the_version_delete_with_a_clear_error()
    {
        IQueryable<Amazon.S3.Model.S3ObjectVersion> notVersions = new List<Amazon.S3.Model.S3ObjectVersion>().AsQueryable();

        var delete = () => notVersions.DeleteAllAsync();

        await delete.Should().ThrowAsync<ArgumentException>();
    }
}
