using System.Diagnostics;
using AwsLinq.LocalAws;

namespace AwsLinq.Tests.Infrastructure;

/// <summary>
/// Debian's <c>awscli</c> (AWS CLI 2.9) and <c>python3-boto3</c> (boto3 1.26), which still speak SQS's query
/// protocol, run as separate processes against LocalAws the way a user runs them. A test that needs them and finds
/// them missing fails saying how to install them; <c>.ci/run</c> installs them.
/// </summary>
public static class DebianClients
{
    /// <summary>Where Debian's packages put the commands; a <c>aws</c> or <c>python3</c> earlier on the PATH may be another release.</summary>
    private const string Aws = "/usr/bin/aws";
    private const string Python = "/usr/bin/python3";

    private const string Install =
        "Install Debian's packages with 'apt-get update && apt-get install -y awscli python3-boto3' (as root; .ci/run does this).";

    private static readonly Lazy<string?> Boto3Problem = new(FindBoto3Problem);

    /// <summary>Runs Debian's <c>aws</c> with <c>--endpoint-url</c> set to the server.</summary>
    public static Task<ClientProcess> StartAwsAsync(LocalAwsServer server, params string[] arguments)
    {
        if (!File.Exists(Aws))
        {
            throw new InvalidOperationException($"This test runs the AWS CLI of Debian's awscli package, but {Aws} does not exist. {Install}");
        }

        return Task.FromResult(ClientProcess.Start(Aws, ["--endpoint-url", server.ServiceUrl.ToString(), "--output", "json", .. arguments], server));
    }

    /// <summary>Runs a Python script with Debian's boto3; the script finds the server's URL in <c>LOCALAWS_URL</c>.</summary>
    public static Task<ClientProcess> StartBoto3Async(LocalAwsServer server, string script)
    {
        if (Boto3Problem.Value is { } problem)
        {
            throw new InvalidOperationException($"This test runs Debian's python3-boto3, but {problem}. {Install}");
        }

        return Task.FromResult(ClientProcess.Start(Python, ["-c", script], server));
    }

    private static string? FindBoto3Problem()
    {
        if (!File.Exists(Python))
        {
            return $"{Python} does not exist";
        }

        using var check = Process.Start(new ProcessStartInfo(Python, ["-c", "import boto3"]) { RedirectStandardError = true })!;
        check.WaitForExit();
        return check.ExitCode == 0 ? null : $"{Python} cannot import boto3: {check.StandardError.ReadToEnd().Trim()}";
    }
}

/// <summary>One client process with its output; disposing it ends the process if it still runs.</summary>
public sealed class ClientProcess : IDisposable
{
    private readonly Process _process;
    private readonly string _home;
    private readonly Task<string> _stdout;
    private readonly Task<string> _stderr;

    private ClientProcess(Process process, string home)
    {
        _process = process;
        _home = home;
        _stdout = process.StandardOutput.ReadToEndAsync();
        _stderr = process.StandardError.ReadToEndAsync();
    }

    public bool HasExited => _process.HasExited;

    public static ClientProcess Start(string file, IEnumerable<string> arguments, LocalAwsServer server)
    {
        var start = new ProcessStartInfo(file, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };

        // Nothing of the user's own AWS or Python setup may change what the client sends.
        var home = Directory.CreateTempSubdirectory("awslinq-client-").FullName;
        foreach (var name in new[] { "PYTHONPATH", "PYTHONHOME", "AWS_PROFILE", "AWS_ENDPOINT_URL", "AWS_SESSION_TOKEN", "AWS_CA_BUNDLE" })
        {
            start.Environment.Remove(name);
        }

        start.Environment["HOME"] = home;
        start.Environment["AWS_CONFIG_FILE"] = Path.Combine(home, "config");
        start.Environment["AWS_SHARED_CREDENTIALS_FILE"] = Path.Combine(home, "credentials");
        start.Environment["AWS_ACCESS_KEY_ID"] = "local";
        start.Environment["AWS_SECRET_ACCESS_KEY"] = "local";
        start.Environment["AWS_DEFAULT_REGION"] = server.Region;
        start.Environment["AWS_EC2_METADATA_DISABLED"] = "true";
        start.Environment["AWS_PAGER"] = string.Empty;
        start.Environment["LOCALAWS_URL"] = server.ServiceUrl.ToString();
        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}.");
        process.StandardInput.Close();
        return new ClientProcess(process, home);
    }

    /// <summary>Waits for the process to end; the bound only ends a broken test.</summary>
    public async Task<ClientResult> ExitAsync()
    {
        using var bound = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await _process.WaitForExitAsync(bound.Token);
        return new ClientResult(_process.ExitCode, await _stdout, await _stderr);
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
        Directory.Delete(_home, recursive: true);
    }
}

/// <summary>What a client process printed, and how it ended.</summary>
public sealed record ClientResult(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>Throws with everything the process printed unless it succeeded.</summary>
    public ClientResult Succeeded() =>
        ExitCode == 0 ? this : throw new InvalidOperationException($"The client exited with {ExitCode}.\nstdout:\n{Stdout}\nstderr:\n{Stderr}");
}
