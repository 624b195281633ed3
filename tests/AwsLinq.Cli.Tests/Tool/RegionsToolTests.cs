using AwsLinq.Cli.Tests.Infrastructure;
using AwsLinq.LocalAws;

namespace AwsLinq.Cli.Tests.Tool;

/// <summary>
/// <c>--regions</c> and <c>--parallel</c> through the installed awslinq, against one LocalAws server per region, each
/// named with <c>--endpoint-url region=URL</c>.
/// </summary>
public sealed class RegionsToolTests : IAsyncLifetime
{
    private static readonly string[] Names = ["us-east-1", "eu-west-1", "ap-southeast-2"];
    private static readonly string Nl = System.Environment.NewLine;
    private readonly Dictionary<string, LocalAwsServer> _servers = [];
    private readonly AwsHome _home = new();
    private readonly Dictionary<string, string> _environment = new(StringComparer.Ordinal)
    {
        ["AWS_ACCESS_KEY_ID"] = "AKIDREGIONS",
        ["AWS_SECRET_ACCESS_KEY"] = "secret",
        ["AWS_REGION"] = "us-east-1",
    };

    public async Task InitializeAsync()
    {
        for (var r = 0; r < Names.Length; r++)
        {
            var server = await LocalAwsServer.StartAsync(new LocalAwsOptions { Region = Names[r] });
            server.Ec2.Seed([[.. Enumerable.Range(0, r + 2).Select(k => new LocalEc2Instance { InstanceType = k == 0 ? "m5.large" : "t3.micro" })]]);
            server.Sqs.SeedQueues(Enumerable.Range(0, r + 1).Select(k => $"jobs-{k}"));
            server.S3.CreateBucket($"data-{Names[r]}", Names[r]);
            _servers[Names[r]] = server;
        }
    }

    public async Task DisposeAsync()
    {
        foreach (var server in _servers.Values)
        {
            await server.DisposeAsync();
        }

        _home.Dispose();
    }

    [Fact]
    public async Task Instances_of_every_region_come_with_a_region_column_and_the_filter_is_sent_to_each()
    {
        var result = await RunAsync(["ec2", "instances", "--regions", "us-east-1,eu-west-1,ap-southeast-2", "--parallel", "2", "--where", "InstanceType == \"t3.micro\"", "--select", "InstanceType", "--output", "text", .. Endpoints()]);

        result.ExitCode.Should().Be(0, result.ToString());
        result.OutLines.Should().Equal(
            "us-east-1\tt3.micro",
            "eu-west-1\tt3.micro", "eu-west-1\tt3.micro",
            "ap-southeast-2\tt3.micro", "ap-southeast-2\tt3.micro", "ap-southeast-2\tt3.micro");
        foreach (var region in Names)
        {
            _servers[region].Requests.For("ec2", "DescribeInstances").Should().ContainSingle().Which.Parameter("Filter:instance-type").Should().Be("t3.micro");
        }
    }

    [Fact]
    public async Task Explain_shows_each_regions_request_and_the_requests_in_flight_and_sends_nothing()
    {
        var result = await RunAsync(["ec2", "instances", "--regions", "eu-west-1,ap-southeast-2", "--parallel", "4", "--where", "InstanceType == \"m5.large\"", "--explain", .. Endpoints()]);

        result.ExitCode.Should().Be(0, result.ToString());
        result.OutLines.Take(4).Should().Equal(
            "EC2 DescribeInstances in regions eu-west-1, ap-southeast-2",
            "  request: DescribeInstances Region=eu-west-1, Filter:instance-type=m5.large",
            "  request: DescribeInstances Region=ap-southeast-2, Filter:instance-type=m5.large",
            "  in flight: up to 4 requests at once");
        _servers.Values.SelectMany(s => s.Requests.Snapshot()).Should().BeEmpty();
    }

    [Fact]
    public async Task A_count_over_one_region_asks_only_that_region()
    {
        var result = await RunAsync(["sqs", "queues", "--regions", "ap-southeast-2", "--count", .. Endpoints()]);

        result.ExitCode.Should().Be(0, result.ToString());
        result.Out.Should().Be($"3{Nl}");
        _servers["ap-southeast-2"].Requests.For("sqs", "ListQueues").Should().ContainSingle();
        _servers["us-east-1"].Requests.Snapshot().Should().BeEmpty();
        _servers["eu-west-1"].Requests.Snapshot().Should().BeEmpty();
    }

    [Fact]
    public async Task All_regions_are_those_DescribeRegions_lists_each_sent_to_its_own_endpoint_or_else_the_plain_one()
    {
        var result = await RunAsync(["sqs", "queues", "--regions", "all", "--count", "--endpoint-url", _servers["us-east-1"].ServiceUrl.ToString(), .. Endpoints().Skip(2)]);

        // 17 regions are enabled: eu-west-1 and ap-southeast-2 have their own servers, the 15 others all go to the
        // plain endpoint, which answers each with its one queue.
        result.ExitCode.Should().Be(0, result.ToString());
        result.Out.Should().Be($"{15 * 1 + 2 + 3}{Nl}");
        _servers["us-east-1"].Requests.For("ec2", "DescribeRegions").Should().ContainSingle();
        _servers["us-east-1"].Requests.For("sqs", "ListQueues").Should().HaveCount(15);
        _servers["eu-west-1"].Requests.For("sqs", "ListQueues").Should().ContainSingle();
        _servers["ap-southeast-2"].Requests.For("sqs", "ListQueues").Should().ContainSingle();
    }

    [Fact]
    public async Task Buckets_by_region_ask_each_region_for_its_own()
    {
        var result = await RunAsync(["s3", "buckets", "--regions", "eu-west-1,us-east-1", "--select", "BucketName", "--output", "csv", .. Endpoints()]);

        result.ExitCode.Should().Be(0, result.ToString());
        result.OutLines.Should().Equal("Region,BucketName", "eu-west-1,data-eu-west-1", "us-east-1,data-us-east-1");
        _servers["eu-west-1"].Requests.For("s3", "ListBuckets").Should().ContainSingle().Which.Parameter("BucketRegion").Should().Be("eu-west-1");
    }

    [Theory]
    [InlineData("--parallel", "65", "awslinq: --parallel: must be from 1 to 64, not 65.")]
    [InlineData("--parallel", "0", "awslinq: --parallel: must be from 1 to 64, not 0.")]
    [InlineData("--regions", "eu-west", "awslinq: --regions: 'eu-west' is not a region name; write system names, comma-separated, such as us-east-1,eu-west-1, or all.")]
    [InlineData("--regions", "eu-west-1,eu-west-1", "awslinq: --regions: 'eu-west-1' is named twice; name each region once.")]
    public async Task Bad_values_are_refused_with_what_to_write(string option, string value, string error)
    {
        var result = await RunAsync(["ec2", "instances", option, value, .. Endpoints()]);

        result.ExitCode.Should().Be(2, result.ToString());
        result.Error.Should().StartWith(error + Nl);
        _servers.Values.SelectMany(s => s.Requests.Snapshot()).Should().BeEmpty();
    }

    [Fact]
    public async Task A_collection_of_one_region_has_no_regions_option()
    {
        var result = await RunAsync(["s3", "objects", "some-bucket", "--regions", "eu-west-1", .. Endpoints()]);

        result.ExitCode.Should().Be(2, result.ToString());
        result.Error.Should().Contain("--regions");
    }

    [Fact]
    public async Task A_dry_run_shows_the_requests_it_would_keep_in_flight()
    {
        var endpoint = _servers["eu-west-1"].ServiceUrl.ToString();

        var result = await RunAsync("ec2", "stop", "--all", "--dry-run", "--parallel", "4", "--endpoint-url", endpoint);
        var explained = await RunAsync("ec2", "stop", "--all", "--explain", "--parallel", "4", "--endpoint-url", endpoint);

        result.ExitCode.Should().Be(0, result.ToString());
        result.OutLines.Should().HaveElementAt(1, "StopInstances (dry run): 3 selected, would act on 3, 0 refused, 1 call sent").And.EndWith("in flight: up to 4 requests at once");
        explained.OutLines.Should().Contain("  in flight: up to 4 requests at once");
        _servers["eu-west-1"].Requests.For("ec2", "StopInstances").Should().ContainSingle().Which.Parameter("DryRun").Should().Be("true");
    }

    [Fact]
    public async Task An_action_over_regions_names_every_region_it_would_touch_and_with_yes_calls_each_for_its_own_items()
    {
        string[] command = ["ec2", "terminate", "--regions", "eu-west-1,ap-southeast-2", "--where", "InstanceType == \"m5.large\"", .. Endpoints()];
        var ids = new[] { "eu-west-1", "ap-southeast-2" }.ToDictionary(r => r, r => _servers[r].Ec2.Instances().Single(i => i.InstanceType == "m5.large").InstanceId!);

        var refused = await RunAsync(command);
        var done = await RunAsync([.. command, "--yes", "--output", "json"]);

        refused.ExitCode.Should().Be(4, refused.ToString());
        refused.OutLines.Should().Contain(l => l.StartsWith("target: account ", StringComparison.Ordinal)
            && l.Contains($", regions eu-west-1 (endpoint {_servers["eu-west-1"].ServiceUrl}), ap-southeast-2 (endpoint {_servers["ap-southeast-2"].ServiceUrl})", StringComparison.Ordinal));
        refused.OutLines.Should().Contain([$"  eu-west-1/{ids["eu-west-1"]}", $"  ap-southeast-2/{ids["ap-southeast-2"]}"]);
        refused.Error.Should().StartWith("awslinq: refusing to terminate 2 instances in account ");
        done.ExitCode.Should().Be(0, done.ToString());
        done.Out.Should().Contain($"\"eu-west-1/{ids["eu-west-1"]}\"").And.Contain($"\"ap-southeast-2/{ids["ap-southeast-2"]}\"");
        foreach (var (region, id) in ids)
        {
            _servers[region].Requests.For("ec2", "TerminateInstances").Where(r => r.Parameter("DryRun") != "true").Should().ContainSingle()
                .Which.Parameter("InstanceIds").Should().Be(id);
        }

        _servers["us-east-1"].Requests.For("ec2", "TerminateInstances").Should().BeEmpty();
        _servers["us-east-1"].Ec2.Instances().Should().OnlyContain(i => i.State == "running");
    }

    [Fact]
    public async Task A_per_item_action_over_regions_deletes_each_regions_own_queues()
    {
        var result = await RunAsync(["sqs", "delete", "--regions", "us-east-1,ap-southeast-2", "--where", "Name == \"jobs-0\"", "--yes", .. Endpoints()]);

        result.ExitCode.Should().Be(0, result.ToString());
        result.Out.Should().Be($"DeleteQueue: 2 selected, 2 succeeded, 0 failed in 2 calls{Nl}");
        _servers["us-east-1"].Sqs.QueueUrls().Should().BeEmpty();
        _servers["ap-southeast-2"].Sqs.QueueUrls().Should().HaveCount(2).And.NotContain(u => u.EndsWith("/jobs-0", StringComparison.Ordinal));
        _servers["eu-west-1"].Sqs.QueueUrls().Should().HaveCount(2, "a region not named is not touched");
    }

    private IEnumerable<string> Endpoints() => Names.SelectMany(n => new[] { "--endpoint-url", $"{n}={_servers[n].ServiceUrl}" });

    private Task<CliResult> RunAsync(params string[] args) => ToolProcess.RunAsync(_home, _environment, args);
}
