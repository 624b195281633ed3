using AwsLinq.Cli.Tests.Infrastructure;
using AwsLinq.LocalAws;

namespace AwsLinq.Cli.Tests.Tool;

/// <summary>
/// The EC2 collections beyond instances, and SQS dead-letter sources, through the installed awslinq: they come from
/// the service catalogs, with no command code of their own.
/// </summary>
public sealed class Ec2CollectionToolTests : ToolTestBase
{
    private const string Old = "snap-0000000000000000a";
    private const string Recent = "snap-0000000000000000b";
    private const string OldWhere = "s => s.StartTime < DateTime.UtcNow.AddDays(-90)";
    private static readonly string Nl = System.Environment.NewLine;

    public Ec2CollectionToolTests() => UseStaticKeys("AKIDEC2");

    [Fact]
    public async Task Snapshots_older_than_90_days_are_listed_with_the_start_time_in_memory()
    {
        SeedSnapshots();

        var result = await RunAsync("ec2", "snapshots", "--where", OldWhere, "--take", "20", "--select", "SnapshotId,VolumeSize", "--output", "text", "--endpoint-url", Endpoint);

        result.ExitCode.Should().Be(0, result.ToString());
        result.Out.Should().Be($"{Old}\t100{Nl}");
        result.Error.Should().BeEmpty();
        var request = Server.Requests.For("ec2", "DescribeSnapshots").Should().ContainSingle().Subject;
        request.Parameter("Owners").Should().Be("self");
    }

    [Fact]
    public async Task Delete_snapshots_dry_run_asks_ec2_about_the_old_snapshot_only_and_deletes_nothing()
    {
        SeedSnapshots();

        var result = await RunAsync("ec2", "delete-snapshots", "--where", OldWhere, "--dry-run", "--endpoint-url", Endpoint);

        result.ExitCode.Should().Be(0, result.ToString());
        result.OutLines.Should().Equal(
            $"target: account 000000000000, region us-east-1, endpoint {Endpoint}",
            "DeleteSnapshot (dry run): 1 selected, would act on 1, 0 refused, 1 call sent",
            "selected:",
            $"  {Old}");
        result.Error.Should().BeEmpty();
        var call = Server.Requests.For("ec2", "DeleteSnapshot").Should().ContainSingle().Subject;
        (call.Parameter("SnapshotId"), call.Parameter("DryRun")).Should().Be((Old, "true"));
        Server.Ec2.Snapshots.All().Select(s => s.SnapshotId).Should().Equal(Old, Recent);
    }

    [Fact]
    public async Task Delete_snapshots_with_yes_deletes_the_old_snapshot()
    {
        SeedSnapshots();

        var result = await RunAsync("ec2", "delete-snapshots", "--where", OldWhere, "--yes", "--endpoint-url", Endpoint);

        result.ExitCode.Should().Be(0, result.ToString());
        result.Out.Should().Be($"DeleteSnapshot: 1 selected, 1 succeeded, 0 failed in 1 call{Nl}");
        var call = Server.Requests.For("ec2", "DeleteSnapshot").Should().ContainSingle().Subject;
        (call.Parameter("SnapshotId"), call.Parameter("DryRun")).Should().Be((Old, "false"));
        Server.Ec2.Snapshots.All().Select(s => s.SnapshotId).Should().Equal(Recent);
    }

    [Fact]
    public async Task Delete_snapshots_without_yes_prints_the_plan_and_exits_4()
    {
        SeedSnapshots();

        var result = await RunAsync("ec2", "delete-snapshots", "--where", OldWhere, "--endpoint-url", Endpoint);

        result.ExitCode.Should().Be(4, result.ToString());
        var lines = result.OutLines;
        lines[..2].Should().Equal("EC2 DescribeSnapshots owned by self", "  request: DescribeSnapshots Owners=self");
        lines[2].Should().StartWith("  in memory: where s => s.StartTime < ");
        lines[3..].Should().Equal(
            "  stops: after the last page",
            "  follow-up calls: none",
            "  action: DeleteSnapshot per snapshot, at most 8 at once",
            $"target: account 000000000000, region us-east-1, endpoint {Endpoint}",
            "DeleteSnapshot (dry run): 1 selected, would act on 1, 0 refused, 1 call sent",
            "selected:",
            $"  {Old}");
        result.Error.Should().Be(
            $"awslinq: refusing to delete 1 snapshot in account 000000000000, region us-east-1, endpoint {Endpoint} without --yes; nothing was changed. Check the list above, then run again with --yes.{Nl}");
        Server.Requests.For("ec2", "DeleteSnapshot").Should().ContainSingle().Which.Parameter("DryRun").Should().Be("true");
        Server.Ec2.Snapshots.All().Should().HaveCount(2);
    }

    [Theory]
    [InlineData("volumes", "State == \"available\"", "VolumeId", "vol-0000000000000000a", "DescribeVolumes", "Filter:status", "available")]
    [InlineData("images", "Name.StartsWith(\"build-\")", "ImageId", "ami-0000000000000000a", "DescribeImages", "Filter:name", "build-*")]
    [InlineData("security-groups", "GroupName == \"web\"", "GroupId", "sg-0000000000000000a", "DescribeSecurityGroups", "Filter:group-name", "web")]
    [InlineData("vpcs", "IsDefault == false", "VpcId", "vpc-0000000000000000a", "DescribeVpcs", "Filter:is-default", "false")]
    [InlineData("subnets", "VpcId == \"vpc-0000000000000000a\"", "SubnetId", "subnet-0000000000000000a", "DescribeSubnets", "Filter:vpc-id", "vpc-0000000000000000a")]
    public async Task Each_collection_sends_its_filter_and_lists_what_matches(string collection, string where, string column, string id, string operation, string filter, string value)
    {
        SeedResources();

        var result = await RunAsync("ec2", collection, "--where", where, "--select", column, "--output", "text", "--endpoint-url", Endpoint);

        result.ExitCode.Should().Be(0, result.ToString());
        result.Out.Should().Be(id + Nl);
        result.Error.Should().BeEmpty();
        Server.Requests.For("ec2", operation).Should().ContainSingle().Which.Parameter(filter).Should().Be(value);
    }

    [Fact]
    public async Task Tagging_a_new_collection_takes_key_value_pairs()
    {
        SeedResources();

        var result = await RunAsync("ec2", "tag-volumes", "owner=ops", "--where", "State == \"available\"", "--yes", "--endpoint-url", Endpoint);

        result.ExitCode.Should().Be(0, result.ToString());
        result.Out.Should().Be($"CreateTags: 1 selected, 1 succeeded, 0 failed in 1 call{Nl}");
        var call = Server.Requests.For("ec2", "CreateTags").Should().ContainSingle().Subject;
        (call.Parameter("Resources"), call.Parameter("Tags")).Should().Be(("vol-0000000000000000a", "owner=ops"));
        Server.Ec2.Volumes.Find("vol-0000000000000000a")!.Tags.Should().Contain("owner", "ops");
    }

    [Fact]
    public async Task Dead_letter_sources_list_the_queues_that_send_to_a_queue()
    {
        Server.Sqs.CreateQueue("orders-source", new Dictionary<string, string>
        {
            ["RedrivePolicy"] = """{"deadLetterTargetArn":"arn:aws:sqs:us-east-1:000000000000:orders","maxReceiveCount":"4"}""",
        });
        var url = Server.Sqs.QueueUrls().Single(u => u.EndsWith("/orders", StringComparison.Ordinal));
        Server.Requests.Clear();

        var result = await RunAsync("sqs", "dead-letter-sources", url, "--select", "Name", "--output", "text", "--endpoint-url", Endpoint);
        var missing = await RunAsync("sqs", "dead-letter-sources", url + "-gone", "--endpoint-url", Endpoint);

        result.ExitCode.Should().Be(0, result.ToString());
        result.Out.Should().Be("orders-source" + Nl);
        Server.Requests.For("sqs", "ListDeadLetterSourceQueues").Select(r => r.Parameter("QueueUrl")).Should().Equal(url, url + "-gone");
        missing.ExitCode.Should().Be(254);
        missing.Error.Should().Be($"awslinq: queue-url '{url}-gone' does not exist (AWS.SimpleQueueService.NonExistentQueue).{Nl}");
    }

    private void SeedSnapshots()
    {
        // Start times against the real clock, as DateTime.UtcNow in the predicate reads it.
        Server.Ec2.Snapshots.Seed(
        [
            new LocalEc2Snapshot { SnapshotId = Old, VolumeSize = 100, StartTime = DateTimeOffset.UtcNow.AddDays(-200) },
            new LocalEc2Snapshot { SnapshotId = Recent, VolumeSize = 8, StartTime = DateTimeOffset.UtcNow.AddDays(-1) },
        ]);
        Server.Requests.Clear();
    }

    private void SeedResources()
    {
        var ec2 = Server.Ec2;
        ec2.Volumes.Seed([new LocalEc2Volume { VolumeId = "vol-0000000000000000a", State = "available" }, new LocalEc2Volume { VolumeId = "vol-0000000000000000b", State = "in-use" }]);
        ec2.Images.Seed([new LocalEc2Image { ImageId = "ami-0000000000000000a", Name = "build-1" }, new LocalEc2Image { ImageId = "ami-0000000000000000b", Name = "base" }]);
        ec2.Vpcs.Seed([new LocalEc2Vpc { VpcId = "vpc-0000000000000000a" }, new LocalEc2Vpc { VpcId = "vpc-0000000000000000b", IsDefault = true }]);
        ec2.Subnets.Seed([new LocalEc2Subnet { SubnetId = "subnet-0000000000000000a", VpcId = "vpc-0000000000000000a" }, new LocalEc2Subnet { SubnetId = "subnet-0000000000000000b", VpcId = "vpc-0000000000000000b" }]);
        ec2.SecurityGroups.Seed([new LocalEc2SecurityGroup { GroupId = "sg-0000000000000000a", GroupName = "web" }, new LocalEc2SecurityGroup { GroupId = "sg-0000000000000000b", GroupName = "db" }]);
        Server.Requests.Clear();
    }
}
