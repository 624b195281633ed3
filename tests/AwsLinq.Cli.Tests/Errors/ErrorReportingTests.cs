using System.Net;
using System.Net.Sockets;
using AwsLinq.Cli.Tests.Infrastructure;

namespace AwsLinq.Cli.Tests.Errors;

/// <summary>Errors a user can act on are one line on stderr, without a stack trace unless --debug asks for it.</summary>
public sealed class ErrorReportingTests : CliTestBase
{
    [Fact]
    public async Task A_missing_bucket_is_one_line()
    {
        var result = await RunAsync("s3", "objects", "no-such-bucket");

        result.ExitCode.Should().Be(254);
        result.Out.Should().BeEmpty();
        result.Error.Should().Be("awslinq: bucket 'no-such-bucket' does not exist (NoSuchBucket)." + Environment.NewLine);
    }

    [Fact]
    public async Task A_missing_bucket_stops_a_delete_too()
    {
        var result = await RunAsync("s3", "delete", "no-such-bucket", "--all", "--yes");

        result.ExitCode.Should().Be(254);
        result.Error.Should().Be("awslinq: bucket 'no-such-bucket' does not exist (NoSuchBucket)." + Environment.NewLine);
    }

    [Fact]
    public async Task Debug_adds_the_exception()
    {
        var result = await RunAsync("s3", "objects", "no-such-bucket", "--debug");

        result.ExitCode.Should().Be(254);
        result.Error.Should().StartWith("awslinq: bucket 'no-such-bucket' does not exist (NoSuchBucket)." + Environment.NewLine);
        result.Error.Should().Contain("AmazonS3Exception").And.Contain("   at ");
    }

    [Fact]
    public async Task Rejected_credentials_are_one_line_that_says_what_to_check()
    {
        Server.Ec2.Faults.FailAction("DescribeInstances", "AuthFailure", "AWS was not able to validate the provided access credentials", statusCode: 401);

        var result = await RunAsync("ec2", "instances");

        result.ExitCode.Should().Be(254);
        result.Error.Should().Be(
            "awslinq: AWS rejected the credentials (AuthFailure): AWS was not able to validate the provided access credentials. Check --profile, AWS_PROFILE or AWS_ACCESS_KEY_ID."
            + Environment.NewLine);
        result.Error.Should().NotContain("local", "the access key is never printed");
    }

    [Fact]
    public async Task Other_service_errors_keep_their_code()
    {
        Server.Ec2.Faults.FailAction("DescribeInstances", "UnauthorizedOperation", "You are not authorized to perform this operation.", statusCode: 403);

        var result = await RunAsync("ec2", "instances");

        result.ExitCode.Should().Be(254);
        result.Error.Should().StartWith("awslinq: UnauthorizedOperation: You are not authorized to perform this operation.");
        result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().ContainSingle();
    }

    [Fact]
    public async Task An_unreachable_endpoint_is_one_line()
    {
        var url = $"http://127.0.0.1:{ClosedPort()}/";

        var result = await RunRawAsync(["sqs", "queues", "--endpoint-url", url]);

        result.ExitCode.Should().Be(1);
        result.Error.Should().StartWith($"awslinq: cannot reach {url}: ");
        result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().ContainSingle();
    }

    [Fact]
    public async Task A_malformed_endpoint_url_is_refused()
    {
        var result = await RunRawAsync(["s3", "buckets", "--endpoint-url", "localhost:4566"]);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be("awslinq: --endpoint-url: 'localhost:4566' is not an http:// or https:// URL." + Environment.NewLine);
    }

    [Fact]
    public async Task An_unknown_profile_is_named()
    {
        var result = await RunAsync("s3", "buckets", "--profile", "no-such-profile-for-awslinq-tests");

        result.ExitCode.Should().Be(253);
        result.Error.Should().StartWith("awslinq: --profile: no profile named 'no-such-profile-for-awslinq-tests' in the AWS config or credentials file (");
        Server.Requests.Snapshot().Should().BeEmpty();
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
