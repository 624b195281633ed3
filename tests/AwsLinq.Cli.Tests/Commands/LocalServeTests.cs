using System.Text.RegularExpressions;
using Amazon.Runtime;
using Amazon.S3;
using AwsLinq.Cli.Tests.Infrastructure;
using AwsLinq.LocalAws;

namespace AwsLinq.Cli.Tests.Commands;

public sealed partial class LocalServeTests
{
    [Fact]
    public async Task Serve_prints_the_endpoint_serves_any_sdk_client_and_stops_on_cancel()
    {
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        using var output = new ConcurrentStringWriter();
        using var error = new ConcurrentStringWriter();
        var serving = Cli.RunAsync(["local", "serve", "--port", "0", "--seed", "demo"], new CliConsole(output, error, false, false), cancellation.Token);

        var url = await EndpointAsync(output, serving);
        using (var s3 = new AmazonS3Client(new BasicAWSCredentials("any", "any"), new AmazonS3Config { ServiceURL = url, ForcePathStyle = true, AuthenticationRegion = "us-east-1" }))
        {
            var buckets = await s3.ListBucketsAsync();
            buckets.Buckets.Select(b => b.BucketName).Should().Equal("my-bucket", "my-logs-eu", "team-archive");
        }

        await cancellation.CancelAsync();
        (await serving).Should().Be(0);
        output.ToString().Should().Contain("Seeded the demo data: buckets my-bucket (3,003 objects)").And.Contain("Stopped after serving 1 request.");
        error.ToString().Should().BeEmpty();
    }

    [Fact]
    public async Task A_port_in_use_is_one_line()
    {
        await using var busy = await LocalAwsServer.StartAsync();
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = await Cli.RunAsync(["local", "serve", "--port", busy.ServiceUrl.Port.ToString(System.Globalization.CultureInfo.InvariantCulture)], output, error, CancellationToken.None);

        exitCode.Should().Be(1);
        error.ToString().Should().StartWith($"awslinq: cannot listen on 127.0.0.1:{busy.ServiceUrl.Port}: ").And.EndWith("(0 picks a free one)." + Environment.NewLine);
    }

    private static async Task<string> EndpointAsync(ConcurrentStringWriter output, Task<int> serving)
    {
        for (var i = 0; i < 200; i++)
        {
            if (Listening().Match(output.ToString()) is { Success: true } match)
            {
                return match.Groups[1].Value;
            }

            serving.IsCompleted.Should().BeFalse("the server should keep running: " + output);
            await Task.Delay(50);
        }

        throw new TimeoutException("local serve printed no endpoint: " + output);
    }

    [GeneratedRegex(@"on (http://127\.0\.0\.1:\d+/)")]
    private static partial Regex Listening();
}
