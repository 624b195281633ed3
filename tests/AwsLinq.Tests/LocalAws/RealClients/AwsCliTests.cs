using System.Text.Json;
using AwsLinq.LocalAws;
using AwsLinq.Tests.Infrastructure;

namespace AwsLinq.Tests.LocalAws.RealClients;

/// <summary>The AWS CLI's everyday S3 commands against LocalAws, checked by what they print and what the server served.</summary>
public class AwsCliTests : LocalAwsTestBase
{
    private const int TwentyMiB = 20 * 1024 * 1024;

    [Fact]
    public async Task s3_ls_lists_the_buckets_and_the_objects_of_one()
    {
        State.CreateBucket("first-bucket");
        State.CreateBucket("second-bucket");
        State.PutObject("first-bucket", "notes/a.txt", "hello"u8);

        var buckets = await AwsAsync("s3", "ls");
        var objects = await AwsAsync("s3", "ls", "s3://first-bucket/notes/");

        buckets.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(' ')[^1]).Should().Equal("first-bucket", "second-bucket");
        objects.Should().MatchRegex(@"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d +5 a\.txt\n$");
    }

    [Fact]
    public async Task s3_cp_moves_20_MB_up_down_and_between_buckets_in_parts()
    {
        State.CreateBucket("up-bucket");
        State.CreateBucket("other-bucket");
        var content = new byte[TwentyMiB];
        new Random(20).NextBytes(content);
        var directory = Directory.CreateTempSubdirectory("localaws-cp-");
        try
        {
            var file = Path.Combine(directory.FullName, "big.bin");
            await File.WriteAllBytesAsync(file, content);

            await AwsAsync("s3", "cp", file, "s3://up-bucket/big.bin");
            await AwsAsync("s3", "cp", "s3://up-bucket/big.bin", Path.Combine(directory.FullName, "back.bin"));
            await AwsAsync("s3", "cp", "s3://up-bucket/big.bin", "s3://other-bucket/copy.bin");

            (await File.ReadAllBytesAsync(Path.Combine(directory.FullName, "back.bin"))).Should().Equal(content);
            State.FindObject("up-bucket", "big.bin")!.ETag.Should().EndWith("-3\"", "8 MiB parts, as the CLI uploads");
            State.FindObject("other-bucket", "copy.bin")!.Size.Should().Be(TwentyMiB);
            Server.Requests.For("s3", "UploadPart", "up-bucket").Should().HaveCount(3);
            Server.Requests.For("s3", "UploadPartCopy", "other-bucket").Should().NotBeEmpty();
            State.ListUploads("up-bucket").Should().BeEmpty();
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task s3_sync_uploads_what_is_new_and_s3_rm_recursive_deletes_a_prefix()
    {
        State.CreateBucket("sync-bucket");
        State.PutObject("sync-bucket", "keep.txt", "k"u8);
        var directory = Directory.CreateTempSubdirectory("localaws-sync-");
        try
        {
            Directory.CreateDirectory(Path.Combine(directory.FullName, "sub"));
            await File.WriteAllTextAsync(Path.Combine(directory.FullName, "one.txt"), "1");
            await File.WriteAllTextAsync(Path.Combine(directory.FullName, "sub", "two.txt"), "22");
            // S3 reports LastModified in whole seconds, and sync uploads a file whose mtime is later than the
            // object's: a file written in the same second as its upload would look new again. Files written a
            // minute before the sync are what the test means by "nothing changed".
            foreach (var file in directory.EnumerateFiles("*", SearchOption.AllDirectories))
            {
                file.LastWriteTimeUtc = DateTime.UtcNow.AddMinutes(-1);
            }

            await AwsAsync("s3", "sync", directory.FullName, "s3://sync-bucket/site/");
            Server.Requests.Clear();
            var again = await AwsAsync("s3", "sync", directory.FullName, "s3://sync-bucket/site/");
            var keysAfterSync = State.ListAll("sync-bucket").Select(o => o.Key).ToList();
            await AwsAsync("s3", "rm", "--recursive", "s3://sync-bucket/site/");

            keysAfterSync.Should().Equal("keep.txt", "site/one.txt", "site/sub/two.txt");
            again.Should().BeEmpty();
            Server.Requests.For("s3", "PutObject").Should().BeEmpty();
            State.ListAll("sync-bucket").Select(o => o.Key).Should().Equal("keep.txt");
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task s3api_list_objects_pages_with_markers_and_prints_every_key()
    {
        State.CreateBucket("api-bucket");
        State.SeedObjects("api-bucket", Enumerable.Range(0, 25).Select(i => Seeded($"logs/{i:00}.gz")));

        var printed = await AwsAsync("s3api", "list-objects", "--bucket", "api-bucket", "--prefix", "logs/", "--page-size", "10");

        using var json = JsonDocument.Parse(printed);
        json.RootElement.GetProperty("Contents").EnumerateArray().Select(c => c.GetProperty("Key").GetString())
            .Should().Equal(Enumerable.Range(0, 25).Select(i => $"logs/{i:00}.gz"));
        Server.Requests.For("s3", "ListObjects").Select(r => r.Parameter("Marker")).Should().Equal(null, "logs/09.gz", "logs/19.gz");
    }

    [Fact]
    public async Task ec2_describe_instances_filters_on_the_server_and_describe_regions_lists_the_regions()
    {
        var ids = Server.Ec2.Seed(
        [
            [new LocalEc2Instance { Tags = new Dictionary<string, string> { ["env"] = "prod" } }, new LocalEc2Instance { State = "stopped", Tags = new Dictionary<string, string> { ["env"] = "prod" } }],
            [new LocalEc2Instance { Tags = new Dictionary<string, string> { ["env"] = "dev" } }],
        ]);

        var printed = await AwsAsync("ec2", "describe-instances", "--filters", "Name=tag:env,Values=prod", "Name=instance-state-name,Values=running");
        var regions = await AwsAsync("ec2", "describe-regions");

        using var json = JsonDocument.Parse(printed);
        json.RootElement.GetProperty("Reservations").EnumerateArray()
            .SelectMany(r => r.GetProperty("Instances").EnumerateArray()).Select(i => i.GetProperty("InstanceId").GetString())
            .Should().Equal(ids[0]);
        var describe = Server.Requests.For("ec2", "DescribeInstances").Should().ContainSingle().Subject;
        (describe.Parameter("Filter:tag:env"), describe.Parameter("Filter:instance-state-name")).Should().Be(("prod", "running"));
        using var regionJson = JsonDocument.Parse(regions);
        regionJson.RootElement.GetProperty("Regions").EnumerateArray().Select(r => r.GetProperty("RegionName").GetString())
            .Should().Contain(["us-east-1", "eu-west-1"]);
    }

    private async Task<string> AwsAsync(params string[] arguments)
    {
        using var aws = await DebianClients.StartAwsAsync(Server, arguments);
        return (await aws.ExitAsync()).Succeeded().Stdout;
    }
}
