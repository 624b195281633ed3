using AwsLinq.Cli.Tests.Infrastructure;

namespace AwsLinq.Cli.Tests.Tool;

/// <summary>
/// The installed awslinq finds endpoint, region and credentials as the SDK's configuration does, and the same way for
/// <c>--profile p</c> and <c>AWS_PROFILE=p</c>: each case runs both ways and must print and send the same.
/// </summary>
public sealed class ProfileResolutionTests : ToolTestBase
{
    private const string DryStop = "ec2 stop --where InstanceId==\"i-0000000000000000a\" --dry-run";

    public ProfileResolutionTests()
    {
        // Should a case resolve to AWS itself, its HTTPS requests go to a closed loopback port, never to the network.
        Environment["https_proxy"] = "http://127.0.0.1:9";
        Environment["HTTPS_PROXY"] = "http://127.0.0.1:9";
    }

    public static TheoryData<bool> BothWays() => [true, false];

    [Theory]
    [MemberData(nameof(BothWays))]
    public async Task The_profile_endpoint_url_region_and_keys_are_used(bool option)
    {
        Home.WriteConfig($"[profile team]\nregion = eu-west-1\nendpoint_url = {Endpoint}\n");
        Home.WriteCredentials("[team]\naws_access_key_id = AKIDTEAM\naws_secret_access_key = secret\n");

        var result = await RunWithProfileAsync(option, "team", DryStop);

        result.ExitCode.Should().Be(0, result.ToString());
        result.Error.Should().BeEmpty();
        result.OutLines.Should().Equal(
            $"target: account 000000000000, region eu-west-1, endpoint {Endpoint}",
            "StopInstances (dry run): 1 selected, would act on 1, 0 refused, 1 call sent",
            "selected:",
            "  i-0000000000000000a");
        Server.Requests.For("ec2", "StopInstances").Should().ContainSingle().Which.Parameter("DryRun").Should().Be("true");
        Server.Requests.For("sts", "GetCallerIdentity").Should().ContainSingle().Which.Parameter("AccessKeyId").Should().Be("AKIDTEAM");
    }

    [Theory]
    [MemberData(nameof(BothWays))]
    public async Task A_services_section_sends_each_service_to_its_own_endpoint(bool option)
    {
        Home.WriteConfig($"[profile split]\nregion = ap-southeast-2\nservices = local-ec2\n\n[services local-ec2]\nec2 =\n  endpoint_url = {Endpoint}\n");
        Home.WriteCredentials("[split]\naws_access_key_id = AKIDSPLIT\naws_secret_access_key = secret\n");

        var result = await RunWithProfileAsync(option, "split", "ec2 instances --select InstanceId --output text");

        result.ExitCode.Should().Be(0, result.ToString());
        result.OutLines.Should().Equal("i-0000000000000000a", "i-0000000000000000b", "i-0000000000000000c");
        Server.Requests.For("ec2", "DescribeInstances").Should().ContainSingle();
    }

    [Theory]
    [MemberData(nameof(BothWays))]
    public async Task A_role_arn_profile_assumes_the_role_with_its_source_profile(bool option)
    {
        Home.WriteConfig(
            $"[profile deployer]\nrole_arn = arn:aws:iam::123456789012:role/deployer\nrole_session_name = awslinq-test\nsource_profile = base\nregion = us-east-1\nendpoint_url = {Endpoint}\n\n"
            + $"[profile base]\nregion = us-east-1\nendpoint_url = {Endpoint}\n");
        Home.WriteCredentials("[base]\naws_access_key_id = AKIDBASE\naws_secret_access_key = secret\n");

        var result = await RunWithProfileAsync(option, "deployer", DryStop);

        result.ExitCode.Should().Be(0, result.ToString());
        result.OutLines[0].Should().Be($"target: account 123456789012, region us-east-1, endpoint {Endpoint}");
        var assume = Server.Requests.For("sts", "AssumeRole").Should().ContainSingle().Subject;
        (assume.Parameter("RoleArn"), assume.Parameter("RoleSessionName"), assume.Parameter("AccessKeyId"))
            .Should().Be(("arn:aws:iam::123456789012:role/deployer", "awslinq-test", "AKIDBASE"));
        Server.Requests.For("sts", "GetCallerIdentity").Should().ContainSingle().Which.Parameter("AccessKeyId").Should().StartWith("ASIA");
    }

    [Fact]
    public async Task Web_identity_from_the_environment_assumes_the_role()
    {
        var token = Home.WriteFile("token.jwt", "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJwb2QifQ.signature");
        Environment["AWS_WEB_IDENTITY_TOKEN_FILE"] = token;
        Environment["AWS_ROLE_ARN"] = "arn:aws:iam::210987654321:role/pod-reader";
        Environment["AWS_ROLE_SESSION_NAME"] = "pod-7";
        Environment["AWS_REGION"] = "us-east-1";
        Environment["AWS_ENDPOINT_URL"] = Endpoint;

        var result = await RunAsync([.. DryStop.Split(' ')]);

        result.ExitCode.Should().Be(0, result.ToString());
        result.OutLines[0].Should().Be($"target: account 210987654321, region us-east-1, endpoint {Endpoint}");
        var assume = Server.Requests.For("sts", "AssumeRoleWithWebIdentity").Should().ContainSingle().Subject;
        (assume.Parameter("RoleArn"), assume.Parameter("RoleSessionName")).Should().Be(("arn:aws:iam::210987654321:role/pod-reader", "pod-7"));
    }

    [Theory]
    [MemberData(nameof(BothWays))]
    public async Task An_sso_profile_without_a_login_says_to_log_in(bool option)
    {
        Home.WriteConfig(
            "[profile sso-dev]\nsso_session = corp\nsso_account_id = 123456789012\nsso_role_name = ReadOnly\nregion = eu-west-1\n\n"
            + "[sso-session corp]\nsso_region = eu-west-1\nsso_start_url = https://corp.awsapps.com/start\nsso_registration_scopes = sso:account:access\n");

        var result = await RunWithProfileAsync(option, "sso-dev", $"s3 buckets --endpoint-url {Endpoint}");

        result.ExitCode.Should().Be(253, result.ToString());
        result.Error.Should().StartWith("awslinq: cannot get credentials from profile 'sso-dev': ")
            .And.EndWith("(for an SSO profile, run 'aws sso login --profile sso-dev')." + System.Environment.NewLine)
            .And.NotContain("could not be found");
        Server.Requests.For("s3", "ListBuckets").Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(BothWays))]
    public async Task An_unknown_profile_is_named_and_nothing_is_sent(bool option)
    {
        Home.WriteConfig("[profile other]\nregion = eu-west-1\n");

        var result = await RunWithProfileAsync(option, "missing", $"s3 buckets --endpoint-url {Endpoint}");

        result.ExitCode.Should().Be(253);
        result.Error.Should().Be(
            $"awslinq: {(option ? "--profile" : "AWS_PROFILE")}: no profile named 'missing' in the AWS config or credentials file ({Home.ConfigFile}, {Home.CredentialsFile})."
            + System.Environment.NewLine);
        Server.Requests.Snapshot().Should().BeEmpty();
    }

    [Theory]
    [InlineData(null, null, null, "eu-north-1")]
    [InlineData(null, null, "ca-central-1", "ca-central-1")]
    [InlineData(null, "sa-east-1", "ca-central-1", "sa-east-1")]
    [InlineData("us-west-2", "sa-east-1", "ca-central-1", "us-west-2")]
    public async Task The_region_comes_from_the_option_then_AWS_REGION_then_AWS_DEFAULT_REGION_then_the_profile(
        string? option, string? awsRegion, string? defaultRegion, string expected)
    {
        Home.WriteConfig($"[default]\nregion = eu-north-1\nendpoint_url = {Endpoint}\n");
        Home.WriteCredentials("[default]\naws_access_key_id = AKIDDEFAULT\naws_secret_access_key = secret\n");
        SetIfGiven("AWS_REGION", awsRegion);
        SetIfGiven("AWS_DEFAULT_REGION", defaultRegion);

        var result = await RunAsync([.. DryStop.Split(' '), .. option is null ? Array.Empty<string>() : ["--region", option]]);

        result.ExitCode.Should().Be(0, result.ToString());
        result.OutLines[0].Should().Be($"target: account 000000000000, region {expected}, endpoint {Endpoint}");
    }

    [Fact]
    public async Task No_region_anywhere_is_a_configuration_error()
    {
        Environment["AWS_ACCESS_KEY_ID"] = "AKID";
        Environment["AWS_SECRET_ACCESS_KEY"] = "secret";

        var result = await RunAsync("s3", "buckets");

        result.ExitCode.Should().Be(253);
        result.Error.Should().Be(
            "awslinq: no AWS region configured: pass --region, set AWS_REGION or AWS_DEFAULT_REGION, or give the profile a region." + System.Environment.NewLine);
    }

    [Fact]
    public async Task An_explicit_profile_wins_over_keys_in_the_environment_as_in_the_aws_cli()
    {
        Home.WriteConfig($"[profile team]\nregion = eu-west-1\nendpoint_url = {Endpoint}\n");
        Home.WriteCredentials("[team]\naws_access_key_id = AKIDTEAM\naws_secret_access_key = secret\n");
        Environment["AWS_ACCESS_KEY_ID"] = "AKIDENVIRONMENT";
        Environment["AWS_SECRET_ACCESS_KEY"] = "secret";

        var explicitProfile = await RunAsync([.. DryStop.Split(' '), "--profile", "team"]);
        Environment["AWS_PROFILE"] = "team";
        var variable = await RunAsync([.. DryStop.Split(' ')]);

        explicitProfile.ExitCode.Should().Be(0, explicitProfile.ToString());
        variable.ExitCode.Should().Be(0, variable.ToString());
        Server.Requests.For("sts", "GetCallerIdentity").Select(r => r.Parameter("AccessKeyId")).Should().Equal("AKIDTEAM", "AKIDENVIRONMENT");
    }

    [Fact]
    public async Task No_credentials_anywhere_says_where_to_put_them()
    {
        var result = await RunAsync("s3", "buckets", "--endpoint-url", Endpoint);

        result.ExitCode.Should().Be(253);
        result.Error.Should().Be(
            "awslinq: no AWS credentials found: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, pass --profile, set AWS_PROFILE, or configure a default profile."
            + System.Environment.NewLine);
        Server.Requests.Snapshot().Should().BeEmpty();
    }

    private Task<CliResult> RunWithProfileAsync(bool option, string profile, string command)
    {
        var args = command.Split(' ').ToList();
        if (option)
        {
            args.AddRange(["--profile", profile]);
        }
        else
        {
            Environment["AWS_PROFILE"] = profile;
        }

        return RunAsync([.. args]);
    }

    private void SetIfGiven(string name, string? value)
    {
        if (value is not null)
        {
            Environment[name] = value;
        }
    }
}
