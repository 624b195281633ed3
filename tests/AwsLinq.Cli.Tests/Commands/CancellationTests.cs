using System.Text.Json;
using AwsLinq.Cli.Tests.Infrastructure;

namespace AwsLinq.Cli.Tests.Commands;

/// <summary>Ctrl+C cancels the command's token: the command stops, closes its output, and says how far it got.</summary>
public sealed class CancellationTests : CliTestBase
{
    [Fact]
    public async Task A_canceled_listing_keeps_valid_json_and_says_how_far_it_got()
    {
        using var cancellation = new CancellationTokenSource();
        using var output = new CancelingWriter(cancellation);
        using var error = new StringWriter();

        var exitCode = await Cli.RunAsync(
            ["s3", "objects", TestData.Bucket, "--page-size", "1", "--select", "Key", "--endpoint-url", Endpoint], output, error, cancellation.Token);

        exitCode.Should().Be(130);
        using var json = JsonDocument.Parse(output.ToString());
        json.RootElement.GetArrayLength().Should().BeInRange(1, 5);
        error.ToString().Should().MatchRegex(@"^awslinq: canceled after \d items?, \d+ requests?, \d+\.\d s; the output is incomplete\.\r?\n$");
        Server.Requests.For("s3", "ListObjectsV2").Count.Should().BeLessThan(6);
    }

    [Fact]
    public async Task A_canceled_batch_action_reports_what_it_did()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = await Cli.RunAsync(["s3", "delete", TestData.Bucket, "--all", "--yes", "--endpoint-url", Endpoint], output, error, cancellation.Token);

        exitCode.Should().Be(130);
        output.ToString().Should().StartWith("DeleteObjects: 0 selected, 0 succeeded, 0 failed in 0 calls");
        error.ToString().Should().StartWith("awslinq: DeleteObjects was canceled after 0 calls");
        Server.S3.ListAll(TestData.Bucket).Should().HaveCount(6);
    }

    /// <summary>Presses Ctrl+C as soon as the first row is out.</summary>
    private sealed class CancelingWriter(CancellationTokenSource cancellation) : StringWriter
    {
        public override void Write(string? value)
        {
            base.Write(value);
            if (value?.Contains("\"Key\"", StringComparison.Ordinal) == true)
            {
                cancellation.Cancel();
            }
        }
    }
}
