using System.Diagnostics;
using System.Text.RegularExpressions;
using Amazon.Runtime;
using Amazon.SQS;

namespace AwsLinq.Tests.Infrastructure;

/// <summary>
/// The local-aws-sqs emulator from <c>tests/emulators</c> (npm, JSON 1.0 and query protocols), run under the same
/// Node 22 as fauxqs on 127.0.0.1 and a port the OS picks. Use it as an xunit class or collection fixture; each
/// fixture is its own process, so queues never leak between fixtures.
/// </summary>
public sealed partial class LocalAwsSqsServer : IAsyncLifetime
{
    private static readonly TimeSpan StartupTimeout = TimeSpan.FromSeconds(30);
    private readonly FauxqsProcessLog _log = new();
    private Process? _process;
    private Uri? _serviceUrl;

    public Uri ServiceUrl =>
        _serviceUrl ?? throw new InvalidOperationException("LocalAwsSqsServer is not started: use it as an xunit fixture.");

    /// <summary>
    /// An SQS client for the emulator: us-east-1, dummy credentials (local-aws-sqs checks no signature), no retries
    /// so that an error reaches the test at once.
    /// </summary>
    public AmazonSQSClient CreateSqsClient() =>
        new(new BasicAWSCredentials("local", "local"), new AmazonSQSConfig
        {
            ServiceURL = ServiceUrl.AbsoluteUri,
            AuthenticationRegion = "us-east-1",
            MaxErrorRetry = 0,
        });

    public async Task InitializeAsync()
    {
        // One npm project holds every emulator; installing it for fauxqs installs local-aws-sqs too.
        var directory = FauxqsInstallation.FindEmulatorsDirectory();
        await FauxqsInstallation.EnsureInstalledAsync(directory, CancellationToken.None);

        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        _process = new Process { StartInfo = CreateStartInfo(directory) };
        _log.Attach(_process);
        _process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not null && ListeningLine().Match(e.Data) is { Success: true } match)
            {
                listening.TrySetResult(new Uri(match.Groups["url"].Value));
            }
        };
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        using var timeout = new CancellationTokenSource(StartupTimeout);
        try
        {
            var exited = _process.WaitForExitAsync(timeout.Token);
            if (await Task.WhenAny(listening.Task, exited) == exited)
            {
                await exited;
                throw StartFailure($"exited with code {_process.ExitCode} before it was listening");
            }

            // The launcher prints its line from the listen callback, so the server accepts requests from here on.
            _serviceUrl = await listening.Task;
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            var failure = StartFailure($"did not print 'local-aws-sqs listening at ...' within {StartupTimeout.TotalSeconds} s");
            await DisposeAsync();
            throw failure;
        }
    }

    public async Task DisposeAsync()
    {
        if (_process is null)
        {
            return;
        }

        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await _process.WaitForExitAsync(timeout.Token);
        }

        _process.Dispose();
        _process = null;
    }

    private static ProcessStartInfo CreateStartInfo(string directory)
    {
        var startInfo = new ProcessStartInfo(FauxqsInstallation.NodePath(directory))
        {
            WorkingDirectory = directory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        startInfo.ArgumentList.Add("local-aws-sqs-loopback.mjs");
        // We hold stdin open, so the emulator exits by itself if this test process dies undisposed.
        startInfo.ArgumentList.Add("--exit-with-stdin");
        startInfo.Environment["LOCAL_AWS_SQS_PORT"] = "0";
        return startInfo;
    }

    private InvalidOperationException StartFailure(string what) =>
        new($"local-aws-sqs ({_process?.StartInfo.FileName} {string.Join(' ', _process?.StartInfo.ArgumentList ?? [])}) {what}. Output:{Environment.NewLine}{_log}");

    // Printed by tests/emulators/local-aws-sqs-loopback.mjs once the server accepts connections.
    [GeneratedRegex(@"^local-aws-sqs listening at (?<url>http://\S+)$")]
    private static partial Regex ListeningLine();
}
