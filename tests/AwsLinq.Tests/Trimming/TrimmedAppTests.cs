using System.Diagnostics;
using System.Text.RegularExpressions;
using AwsLinq.LocalAws;
using AwsLinq.Tests.Infrastructure;

namespace AwsLinq.Tests.Trimming;

/// <summary>
/// Publishes tests/AwsLinq.TrimmedApp with <c>PublishTrimmed</c> and runs it against LocalAws: the queries must
/// run as they do untrimmed, and every trim warning must come from re-linq, none from AwsLinq or the app.
/// </summary>
public sealed partial class TrimmedAppTests
{
    private static readonly DateTimeOffset Written = new(2024, 5, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_trimmed_application_runs_its_queries_and_only_re_linq_warns()
    {
        await using var server = await LocalAwsServer.StartAsync();
        server.S3.CreateBucket("trimmed");
        server.S3.SeedObjects("trimmed",
        [
            new LocalS3Object("logs/a.gz", 5, Written),
            new LocalS3Object("logs/b.gz", 50, Written),
            new LocalS3Object("logs/c.gz", 500, Written),
            new LocalS3Object("other/x", 1, Written),
        ]);
        var output = Directory.CreateTempSubdirectory("awslinq-trimmed-");
        try
        {
            var project = Path.Combine(RepositoryRoot.Find(), "tests", "AwsLinq.TrimmedApp");
            var publish = await RunAsync(DotNet, ["publish", project, "-c", "Release", "-o", output.FullName]);
            publish.ExitCode.Should().Be(0, publish.Output);

            var run = await RunAsync(Path.Combine(output.FullName, "AwsLinq.TrimmedApp"), [server.ServiceUrl.ToString(), "trimmed"]);

            run.ExitCode.Should().Be(0, run.Output);
            run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[..5].Should().Equal(
                "logs/c.gz 500", "logs/b.gz 50", "count 3", "first logs/a.gz", "other other/x");
            server.Requests.For("s3", "ListObjectsV2", "trimmed").Select(r => (r.Parameter("Prefix"), r.Parameter("MaxKeys")))
                .Should().Equal(("logs/", null), (null, null), ("logs/", "1"), ("other/", null));
            TrimWarningOrigins(publish.Output).Should().NotBeEmpty().And.OnlyContain(origin => origin.StartsWith("Remotion.Linq."));
        }
        finally
        {
            output.Delete(recursive: true);
        }
    }

    private static string DotNet => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";

    // "ILLink : Trim analysis warning IL2070: Remotion.Linq.Utilities.X.Method(Type): ..." -> "Remotion.Linq.Utilities.X.Method"
    private static IEnumerable<string> TrimWarningOrigins(string publishOutput) =>
        TrimWarning().Matches(publishOutput).Select(m => m.Groups["origin"].Value).Distinct();

    [GeneratedRegex(@"warning IL\d{4}: (?<origin>[^(:\s]+)")]
    private static partial Regex TrimWarning();

    private static async Task<(int ExitCode, string Output)> RunAsync(string fileName, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }
}
