using AwsLinq.Cli.Tests.Infrastructure;

namespace AwsLinq.Cli.Tests.Tool;

/// <summary>
/// The installed awslinq: which endpoint wins when several are configured, resuming a listing that has no key order,
/// and errors told apart by their code rather than their text.
/// </summary>
public sealed class ToolHabitTests : ToolTestBase
{
    // Nothing listens there: a command sent to it fails with exit code 1, so only the endpoint expected to win succeeds.
    private const string Closed = "http://127.0.0.1:9/";
    private static readonly string Nl = System.Environment.NewLine;

    public ToolHabitTests() => UseStaticKeys("AKIDHABIT");

    [Theory]
    [InlineData("option")]
    [InlineData("AWS_ENDPOINT_URL_EC2")]
    [InlineData("AWS_ENDPOINT_URL")]
    [InlineData("profile services")]
    [InlineData("profile endpoint_url")]
    public async Task The_endpoint_comes_from_the_option_then_the_service_variable_then_the_global_one_then_the_profile(string winner)
    {
        // Each source below the winner is set too, to the closed port; none above it is set.
        string[] order = ["option", "AWS_ENDPOINT_URL_EC2", "AWS_ENDPOINT_URL", "profile services", "profile endpoint_url"];
        var below = order.SkipWhile(o => o != winner).ToList();
        string Url(string source) => source == winner ? Endpoint : Closed;
        var config = "[default]\n";
        config += below.Contains("profile endpoint_url") ? $"endpoint_url = {Url("profile endpoint_url")}\n" : string.Empty;
        config += below.Contains("profile services") ? $"services = local\n\n[services local]\nec2 =\n  endpoint_url = {Url("profile services")}\n" : string.Empty;
        Home.WriteConfig(config);
        foreach (var variable in new[] { "AWS_ENDPOINT_URL_EC2", "AWS_ENDPOINT_URL" }.Where(below.Contains))
        {
            Environment[variable] = Url(variable);
        }

        string[] option = below.Contains("option") ? ["--endpoint-url", Endpoint] : [];
        var result = await RunAsync(["ec2", "instances", "--select", "InstanceId", "--output", "text", .. option]);

        result.ExitCode.Should().Be(0, result.ToString());
        result.Out.Should().Be($"i-0000000000000000a{Nl}i-0000000000000000b{Nl}i-0000000000000000c{Nl}");
        Server.Requests.For("ec2", "DescribeInstances").Should().ContainSingle();
    }

    [Fact]
    public async Task A_listing_without_key_order_resumes_by_counting_what_was_printed()
    {
        string[] command = ["ec2", "instances", "--select", "InstanceId", "--output", "text", "--max-items", "2", "--endpoint-url", Endpoint];

        var first = await RunAsync(command);
        var token = first.Error.Split(' ')[^1].Trim();
        var second = await RunAsync([.. command, "--starting-token", token]);

        first.ExitCode.Should().Be(0, first.ToString());
        first.Out.Should().Be($"i-0000000000000000a{Nl}i-0000000000000000b{Nl}");
        first.Error.Should().StartWith("awslinq: more instances remain; to continue, run the same command with --starting-token ");
        second.ExitCode.Should().Be(0, second.ToString());
        second.Out.Should().Be($"i-0000000000000000c{Nl}");
        second.Error.Should().BeEmpty();
        Server.Requests.For("ec2", "DescribeInstances").Should().HaveCount(2);
    }

    [Fact]
    public async Task Errors_are_told_apart_by_their_code_not_their_words()
    {
        Server.Ec2.Faults.FailAction("DescribeInstances", "AuthFailure", "AWS was not able to validate the provided access credentials");
        var rejected = await RunAsync("ec2", "instances", "--endpoint-url", Endpoint);
        Server.Ec2.Faults.FailAction("DescribeInstances", "UnauthorizedOperation", "You are not authorized: check your credentials");
        var refused = await RunAsync("ec2", "instances", "--endpoint-url", Endpoint);

        rejected.ExitCode.Should().Be(254);
        rejected.Error.Should().Be(
            $"awslinq: AWS rejected the credentials (AuthFailure): AWS was not able to validate the provided access credentials. Check --profile, AWS_PROFILE or AWS_ACCESS_KEY_ID.{Nl}");
        refused.ExitCode.Should().Be(254);
        refused.Error.Should().StartWith("awslinq: UnauthorizedOperation: You are not authorized: check your credentials (request id ");
        Server.Requests.For("ec2", "DescribeInstances").Select(r => r.StatusCode).Should().Equal(400, 400);
    }
}
