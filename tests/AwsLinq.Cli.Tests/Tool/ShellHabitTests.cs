using System.Text.Json;
using AwsLinq.Cli.Tests.Infrastructure;
using AwsLinq.LocalAws;

namespace AwsLinq.Cli.Tests.Tool;

/// <summary>The installed awslinq in a shell: pipes, option order, exit codes, formats, resuming, and what it refuses.</summary>
public sealed class ShellHabitTests : ToolTestBase
{
    private static readonly string Nl = System.Environment.NewLine;

    public ShellHabitTests() => UseStaticKeys("AKIDSHELL");

    [Theory]
    [InlineData("--endpoint-url {0} --output csv --region eu-west-1 s3 objects media --select Key --take 2")]
    [InlineData("s3 --endpoint-url {0} --output csv objects media --region eu-west-1 --select Key --take 2")]
    [InlineData("s3 objects media --select Key --take 2 --region eu-west-1 --output csv --endpoint-url {0}")]
    public async Task Global_options_go_before_or_after_the_service_word(string command)
    {
        var result = await RunAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, command, Endpoint).Split(' '));

        result.ExitCode.Should().Be(0, result.ToString());
        result.Out.Should().Be($"Key{Nl}\"docs/guide, part 1.pdf\"{Nl}docs/readme.txt{Nl}");
        result.Error.Should().BeEmpty();
        Server.Requests.For("s3", "ListObjectsV2").Should().ContainSingle().Which.Parameter("MaxKeys").Should().Be("2");
    }

    [Fact]
    public async Task A_closed_pipe_stops_the_listing_at_once_and_quietly()
    {
        // Keys of 1,000 characters fill the pipe's 64 KiB buffer in a few pages; the listing would need 301.
        Server.S3.CreateBucket("big");
        Server.S3.SeedObjects("big", Enumerable.Range(0, 3_010).Select(i => new LocalS3Object($"{i:D5}/{new string('k', 994)}", 1, TestData.Now)).ToList());
        Server.Requests.Clear();

        using var process = await ToolProcess.StartAsync(Home, Environment, ["s3", "objects", "big", "--page-size", "10", "--select", "Key", "--endpoint-url", Endpoint]);
        var first = await process.StandardOutput.ReadLineAsync();
        var second = await process.StandardOutput.ReadLineAsync();
        process.StandardOutput.Close();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        (first, second![..12]).Should().Be(("[", "  {\"Key\":\"00"));
        process.ExitCode.Should().Be(141);
        error.Should().BeEmpty();
        Server.Requests.For("s3", "ListObjectsV2").Count.Should().BeInRange(1, 12);
    }

    [Fact]
    public async Task A_usage_error_exits_2_with_one_line_and_no_help_text()
    {
        var result = await RunAsync("s3", "objects", "media", "--take", "ten", "--endpoint-url", Endpoint);

        result.ExitCode.Should().Be(2);
        result.Out.Should().BeEmpty();
        result.Error.Should().Be(
            $"awslinq: --take: 'ten' is not a whole number; write digits only, for example --take 10.{Nl}Run 'awslinq s3 objects --help' to see the options.{Nl}");
        Server.Requests.Snapshot().Should().BeEmpty();
    }

    [Fact]
    public async Task A_service_error_exits_254_and_an_unconfirmed_action_4()
    {
        var missing = await RunAsync("s3", "objects", "no-such-bucket", "--endpoint-url", Endpoint);
        var unconfirmed = await RunAsync("sqs", "purge", "--where", "Name == \"orders\"", "--endpoint-url", Endpoint);

        missing.ExitCode.Should().Be(254);
        missing.Error.Should().Be($"awslinq: bucket 'no-such-bucket' does not exist (NoSuchBucket).{Nl}");
        unconfirmed.ExitCode.Should().Be(4);
        unconfirmed.Error.Should().Be(
            $"awslinq: refusing to purge 1 queue in account 000000000000, region us-east-1, endpoint {Endpoint} without --yes; nothing was changed. Check the list above, then run again with --yes.{Nl}");
        Server.Requests.For("sqs", "PurgeQueue").Should().BeEmpty();
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task An_empty_where_on_an_action_is_refused_and_all_is_explicit(string where)
    {
        var empty = await RunAsync("s3", "delete", "media", "--where", where, "--yes", "--endpoint-url", Endpoint);
        var all = await RunAsync("s3", "delete", "media", "--all", "--dry-run", "--endpoint-url", Endpoint);

        empty.ExitCode.Should().Be(2);
        empty.Error.Should().Be(
            $"awslinq: --where: the predicate is empty, which would select every object; write one, or pass --all instead of --where to act on every object.{Nl}");
        all.ExitCode.Should().Be(0, all.ToString());
        all.OutLines[1].Should().Be("DeleteObjects (dry run): 6 selected, would act on 6, 0 refused, 0 calls sent");
        Server.Requests.For("s3", "DeleteObjects").Should().BeEmpty();
        Server.S3.ListAll(TestData.Bucket).Should().HaveCount(6);
    }

    [Fact]
    public async Task Text_output_is_tab_separated_without_a_header()
    {
        var result = await RunAsync("ec2", "instances", "--select", "InstanceId,InstanceType,State.Name", "--output", "text", "--endpoint-url", Endpoint);

        result.ExitCode.Should().Be(0, result.ToString());
        result.Out.Should().Be(
            $"i-0000000000000000a\tt3.micro\trunning{Nl}i-0000000000000000b\tm5.large\trunning{Nl}i-0000000000000000c\tt3.micro\tstopped{Nl}");
    }

    [Fact]
    public async Task Explain_and_batch_reports_are_json_for_scripts()
    {
        var plan = await RunAsync("s3", "objects", "media", "--where", "Key.StartsWith(\"photos/\") && Size > 10", "--explain", "--output", "json", "--endpoint-url", Endpoint);
        var report = await RunAsync("s3", "delete", "media", "--where", "Key.StartsWith(\"docs/\")", "--dry-run", "--output", "json", "--endpoint-url", Endpoint);

        plan.ExitCode.Should().Be(0, plan.ToString());
        using var planJson = JsonDocument.Parse(plan.Out);
        var request = planJson.RootElement.GetProperty("Requests")[0];
        (request.GetProperty("Operation").GetString(), request.GetProperty("Parameters").GetProperty("Prefix").GetString()).Should().Be(("ListObjectsV2", "photos/"));
        planJson.RootElement.GetProperty("InMemory")[0].GetString().Should().Be("where o => o.Size > 10");
        report.ExitCode.Should().Be(0, report.ToString());
        using var reportJson = JsonDocument.Parse(report.Out);
        var root = reportJson.RootElement;
        (root.GetProperty("Action").GetString(), root.GetProperty("DryRun").GetBoolean(), root.GetProperty("Selected").GetInt32()).Should().Be(("DeleteObjects", true, 2));
        root.GetProperty("Target").GetProperty("Account").GetString().Should().Be("000000000000");
        root.GetProperty("Succeeded").EnumerateArray().Select(e => e.GetString()).Should().Equal("docs/guide, part 1.pdf", "docs/readme.txt");
        Server.Requests.Snapshot().Select(r => r.Operation).Should().Equal("ListObjectsV2", "GetCallerIdentity");
    }

    [Fact]
    public async Task Max_items_prints_a_token_that_starting_token_continues_after_the_last_key()
    {
        string[] command = ["s3", "objects", "media", "--select", "Key", "--output", "text", "--max-items", "2", "--endpoint-url", Endpoint];

        var first = await RunAsync(command);
        var token = first.Error.Split(' ')[^1].Trim();
        var second = await RunAsync([.. command, "--starting-token", token]);
        var other = await RunAsync("s3", "objects", "logs-eu", "--starting-token", token, "--endpoint-url", Endpoint);

        first.ExitCode.Should().Be(0, first.ToString());
        first.Out.Should().Be($"docs/guide, part 1.pdf{Nl}docs/readme.txt{Nl}");
        first.Error.Should().StartWith("awslinq: more objects remain; to continue, run the same command with --starting-token ");
        second.Out.Should().Be($"index.html{Nl}photos/2024/a.jpg{Nl}");
        Server.Requests.For("s3", "ListObjectsV2").Select(r => (r.Parameter("MaxKeys"), r.Parameter("StartAfter")))
            .Should().Equal(("3", null), ("3", "docs/readme.txt"));
        other.ExitCode.Should().Be(2);
        other.Error.Should().StartWith("awslinq: --starting-token: the token continues another listing;");
    }

    [Fact]
    public async Task Control_characters_in_keys_are_escaped_and_csv_formulas_neutralized()
    {
        Server.S3.CreateBucket("tricky");
        Server.S3.SeedObjects("tricky", [new LocalS3Object("cr\roverwritten", 1, TestData.Now), new LocalS3Object("=HYPERLINK(\"x\")", 2, TestData.Now),
            new LocalS3Object("two\nlines\u001b[31m", 3, TestData.Now)]);

        var dryRun = await RunAsync("s3", "delete", "tricky", "--all", "--dry-run", "--endpoint-url", Endpoint);
        var csv = await RunAsync("s3", "objects", "tricky", "--select", "Key,Size", "--output", "csv", "--endpoint-url", Endpoint);
        var raw = await RunAsync("s3", "objects", "tricky", "--select", "Key", "--output", "csv", "--csv-raw", "--endpoint-url", Endpoint);

        dryRun.OutLines[3..].Should().Equal("  =HYPERLINK(\"x\")", @"  cr\roverwritten", @"  two\nlines\e[31m");
        csv.OutLines.Should().StartWith(["Key,Size", "\"'=HYPERLINK(\"\"x\"\")\",2"]);
        raw.OutLines[1].Should().Be("\"=HYPERLINK(\"\"x\"\")\"");
    }

    [Fact]
    public async Task An_invalid_bucket_name_is_reported_as_invalid_and_nothing_is_sent()
    {
        var result = await RunAsync("s3", "objects", "media/photos", "--endpoint-url", Endpoint);

        result.ExitCode.Should().Be(2);
        result.Error.Should().StartWith(
            "awslinq: bucket 'media/photos' is not a valid bucket name: bucket names have 3 to 63 characters, lowercase letters, digits, dots and hyphens.");
        Server.Requests.Snapshot().Should().BeEmpty();
    }

    [Fact]
    public async Task Deep_nesting_is_refused_instead_of_overflowing_the_stack()
    {
        var where = new string('(', 1_800) + "Size > 1" + new string(')', 1_800);

        var result = await RunAsync("s3", "objects", "media", "--where", where, "--endpoint-url", Endpoint);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be(
            $"awslinq: --where: the expression nests parentheses more than 100 deep; write it with fewer levels, for example as a chain of || or &&.{Nl}");
    }

    [Fact]
    public async Task An_endpoint_that_accepts_and_never_answers_fails_within_the_read_timeout_naming_it()
    {
        // The kernel completes the handshake of connections waiting in the backlog; nobody ever reads them.
        using var silent = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        silent.Start();
        var url = $"http://127.0.0.1:{((System.Net.IPEndPoint)silent.LocalEndpoint).Port}/";

        var result = await RunAsync("s3", "buckets", "--endpoint-url", url, "--cli-read-timeout", "1");

        result.ExitCode.Should().Be(1, result.ToString());
        result.Error.Should().Be(
            $"awslinq: no answer from {url} in time: the endpoint accepted the connection but did not respond. Check the URL, or allow more time with --cli-read-timeout.{Nl}");
    }

    [Fact]
    public async Task Credentials_in_an_endpoint_url_are_not_echoed()
    {
        var url = new UriBuilder(Endpoint) { Port = 9, UserName = "admin", Password = "hunter2" }.Uri.ToString();

        var result = await RunAsync("s3", "buckets", "--endpoint-url", url);

        result.ExitCode.Should().Be(1);
        result.Error.Should().StartWith("awslinq: cannot reach http://127.0.0.1:9/: ").And.NotContain("hunter2").And.NotContain("admin");
    }
}
