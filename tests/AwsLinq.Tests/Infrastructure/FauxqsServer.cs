using System.Diagnostics;
using System.Text.RegularExpressions;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.SQS;

namespace AwsLinq.Tests.Infrastructure;

/// <summary>
/// The fauxqs S3 emulator from <c>tests/emulators</c>, run under Node 22 on 127.0.0.1 and a port
/// the OS picks. Use it as an xunit class or collection fixture.
/// </summary>
public sealed partial class FauxqsServer : IAsyncLifetime
{
    private static readonly TimeSpan StartupTimeout = TimeSpan.FromSeconds(30);
    private readonly FauxqsProcessLog _log = new();
    private Process? _process;
    private Uri? _serviceUrl;

    public Uri ServiceUrl =>
        _serviceUrl ?? throw new InvalidOperationException("FauxqsServer is not started: use it as an xunit fixture.");

    /// <summary>A client for the emulator: path-style, us-east-1, dummy credentials (fauxqs checks no signature).</summary>
    public AmazonS3Client CreateS3Client() =>
        new(new BasicAWSCredentials("fauxqs", "fauxqs"), new AmazonS3Config
        {
            ServiceURL = ServiceUrl.AbsoluteUri,
            ForcePathStyle = true,
            AuthenticationRegion = "us-east-1",
        });

    /// <summary>
    /// An SQS client for the emulator (JSON 1.0, the protocol AWSSDK.SQS 4 speaks): us-east-1, dummy credentials.
    /// fauxqs writes the Host header it was called with into queue URLs, so they name this same endpoint.
    /// </summary>
    public AmazonSQSClient CreateSqsClient() =>
        new(new BasicAWSCredentials("fauxqs", "fauxqs"), new AmazonSQSConfig
        {
            ServiceURL = ServiceUrl.AbsoluteUri,
            AuthenticationRegion = "us-east-1",
        });

    public async Task InitializeAsync()
    {
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

            _serviceUrl = await listening.Task;
            await WaitUntilHealthyAsync(_serviceUrl, timeout.Token);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            var failure = StartFailure(listening.Task.IsCompleted
                ? $"did not answer GET /health within {StartupTimeout.TotalSeconds} s"
                : $"did not print 'fauxqs listening at ...' within {StartupTimeout.TotalSeconds} s");
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
        // fauxqs loads node:sqlite, which prints an ExperimentalWarning on every start.
        startInfo.ArgumentList.Add("--disable-warning=ExperimentalWarning");
        startInfo.ArgumentList.Add("fauxqs-loopback.mjs");
        // We hold stdin open, so fauxqs exits by itself if this test process dies undisposed.
        startInfo.ArgumentList.Add("--exit-with-stdin");
        startInfo.Environment["FAUXQS_PORT"] = "0";
        startInfo.Environment["FAUXQS_LOGGER"] = "false";
        return startInfo;
    }

    private static async Task WaitUntilHealthyAsync(Uri serviceUrl, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        while (true)
        {
            try
            {
                using var response = await http.GetAsync(new Uri(serviceUrl, "health"), cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException
                || (e is TaskCanceledException && !cancellationToken.IsCancellationRequested))
            {
                // Not accepting connections yet, or this one attempt timed out.
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
        }
    }

    private InvalidOperationException StartFailure(string what) =>
        new($"fauxqs ({_process?.StartInfo.FileName} {string.Join(' ', _process?.StartInfo.ArgumentList ?? [])}) {what}. Output:{Environment.NewLine}{_log}");

    // Printed by tests/emulators/fauxqs-loopback.mjs once the server accepts connections.
    [GeneratedRegex(@"^fauxqs listening at (?<url>http://\S+)$")]
    private static partial Regex ListeningLine();
}
