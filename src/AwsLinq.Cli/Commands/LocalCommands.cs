using System.CommandLine;
using System.Globalization;
using AwsLinq.Cli.Demo;
using AwsLinq.Cli.Errors;
using AwsLinq.Cli.Output;
using AwsLinq.LocalAws;

namespace AwsLinq.Cli.Commands;

/// <summary><c>awslinq local serve</c>: LocalAws on 127.0.0.1 for any AWS client, until Ctrl+C.</summary>
internal static class LocalCommands
{
    public const int DefaultPort = 4566;

    public static Command Create(CommandAction actions)
    {
        var local = new Command("local", "Run the local AWS endpoint (LocalAws) that awslinq's demo and tests use.");
        local.Subcommands.Add(Serve(actions));
        return local;
    }

    private static Command Serve(CommandAction actions)
    {
        var port = new Option<int>("--port")
        {
            Description = $"The port on 127.0.0.1; 0 picks a free one.",
            DefaultValueFactory = _ => DefaultPort,
        };
        var region = new Option<string>("--region") { Description = "The region the endpoint claims to be.", DefaultValueFactory = _ => "us-east-1" };
        var seed = new Option<string>("--seed") { Description = "Data to start with: demo (the buckets, instances and queues of awslinq demo)." }
            .AcceptOnlyFromAmong("demo");
        var faults = new Option<string[]>("--fault")
        {
            Description = "Make requests fail: service:operation=fault[@rate][#times], as s3:ListObjectsV2=throttling@10% or sqs:DeleteQueue=drop-after#1 (repeatable; see docs/local-endpoint.md).",
            AllowMultipleArgumentsPerToken = false,
        };
        var faultSeed = new Option<int>("--fault-seed") { Description = "The seed of which requests the faults hit and of the jitter; the same seed replays the same run." };
        var latency = new Option<string>("--latency") { Description = "Wait this long before answering each request, as 50ms or 1.5s." };
        var jitter = new Option<string>("--jitter") { Description = "Let each request's wait stray this far from --latency, either way, as 10ms." };
        var rateLimits = new Option<string[]>("--rate-limit")
        {
            Description = "Answer throttling errors past a rate: service:operation=requests-per-second, as s3:GetObject=5500 (repeatable).",
            AllowMultipleArgumentsPerToken = false,
        };
        var command = new Command("serve", "Serve S3, EC2 and SQS in memory on 127.0.0.1, printing the endpoint URL, until Ctrl+C.")
        {
            port, region, seed, faults, faultSeed, latency, jitter, rateLimits,
        };
        actions.Set(command, async (parse, ct) =>
        {
            var options = new LocalAwsOptions
            {
                Port = parse.GetValue(port),
                Region = parse.GetRequiredValue(region),
                Seed = parse.GetValue(faultSeed),
                Faults = Parsed(parse.GetValue(faults), "--fault", LocalFaultRule.Parse),
                Latency = Duration(parse.GetValue(latency), "--latency"),
                Jitter = Duration(parse.GetValue(jitter), "--jitter"),
                RateLimits = Parsed(parse.GetValue(rateLimits), "--rate-limit", LocalRateLimit.Parse),
            };
            await using var server = await StartAsync(options, ct);
            var output = actions.Console.Out;
            await output.WriteLineAsync($"LocalAws is serving S3, EC2 and SQS on {server.ServiceUrl} (region {server.Region}, in memory).");
            if (options.Faults.Count > 0)
            {
                await output.WriteLineAsync($"Faults (seed {options.Seed}): {string.Join(", ", options.Faults)}.");
            }

            if (options.Latency > TimeSpan.Zero || options.Jitter > TimeSpan.Zero)
            {
                await output.WriteLineAsync($"Latency: {LocalDuration.Format(options.Latency)} per request, jitter {LocalDuration.Format(options.Jitter)} (seed {options.Seed}).");
            }

            if (options.RateLimits.Count > 0)
            {
                await output.WriteLineAsync($"Rate limits (requests per second): {string.Join(", ", options.RateLimits)}.");
            }

            if (parse.GetValue(seed) == "demo")
            {
                await output.WriteLineAsync(SeedDemo(server));
            }

            await output.WriteLineAsync(Usage(server.ServiceUrl));
            await output.FlushAsync(ct);
            try
            {
                await Task.Delay(Timeout.Infinite, ct);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C is how this command ends.
            }

            await output.WriteLineAsync($"Stopped after serving {Counted.Of(server.Requests.Snapshot().Count, "request")}.");
            return ExitCodes.Success;
        });
        return command;
    }

    private static T[] Parsed<T>(string[]? texts, string option, Func<string, T> parse) =>
        (texts ?? []).Select(text => Parsed(text, option, parse)).ToArray();

    private static TimeSpan Duration(string? text, string option) =>
        text is null ? TimeSpan.Zero : Parsed(text, option, LocalDuration.Parse);

    private static T Parsed<T>(string text, string option, Func<string, T> parse)
    {
        try
        {
            return parse(text);
        }
        catch (FormatException e)
        {
            throw new CliException($"{option}: {e.Message}", e);
        }
    }

    private static async Task<LocalAwsServer> StartAsync(LocalAwsOptions options, CancellationToken cancellationToken)
    {
        try
        {
            return await LocalAwsServer.StartAsync(options, cancellationToken);
        }
        catch (IOException e)
        {
            throw new CliException($"cannot listen on 127.0.0.1:{options.Port}: {e.Message} Pick another port with --port (0 picks a free one).", e);
        }
        catch (ArgumentOutOfRangeException e)
        {
            throw new CliException($"--port: {options.Port} is not a TCP port (0 to 65535).", e);
        }
        catch (ArgumentException e) when (e.ParamName is "Faults" or "operation" or "RateLimits")
        {
            // The endpoint's message names what is wrong and what applies; the CLI user has no parameter to look up.
            var suffix = e.Message.LastIndexOf(" (Parameter", StringComparison.Ordinal);
            var option = e.ParamName == "RateLimits" ? "--rate-limit" : "--fault";
            throw new CliException($"{option}: {(suffix < 0 ? e.Message : e.Message[..suffix])}", e);
        }
    }

    private static string SeedDemo(LocalAwsServer server)
    {
        var buckets = DemoData.Seed(server.S3)
            .Select(b => $"{b.Bucket} ({b.Objects.ToString("N0", CultureInfo.InvariantCulture)} objects)");
        var instances = Ec2DemoData.Seed(server.Ec2).Count;
        var queues = SqsDemoData.Seed(server.Sqs);
        return $"Seeded the demo data: buckets {string.Join(", ", buckets)}; {instances} EC2 instances; {queues} SQS queues.";
    }

    private static string Usage(Uri url) => $"""

        Point any AWS client at it; it accepts any credentials:
          awslinq s3 buckets --endpoint-url {url}
          aws --endpoint-url {url} s3 ls
          AWS_ENDPOINT_URL={url} python3 -c 'import boto3; print(boto3.client("sqs").list_queues())'

        Press Ctrl+C to stop.
        """;
}
