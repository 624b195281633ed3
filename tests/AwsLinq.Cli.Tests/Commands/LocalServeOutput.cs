using System.Text.RegularExpressions;
using AwsLinq.Cli.Tests.Infrastructure;

namespace AwsLinq.Cli.Tests.Commands;

/// <summary>Reads the endpoint URL that <c>awslinq local serve</c> prints once it listens.</summary>
internal static partial class LocalServeOutput
{
    public static async Task<string> EndpointAsync(ConcurrentStringWriter output, Task<int> serving)
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
