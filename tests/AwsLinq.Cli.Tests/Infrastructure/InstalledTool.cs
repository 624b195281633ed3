using System.Diagnostics;
using System.Reflection;

namespace AwsLinq.Cli.Tests.Infrastructure;

/// <summary>
/// The <c>awslinq</c> command as users get it: the CLI project packed as a .NET tool and installed into a folder of
/// this test run, once. Packing reuses the build the test project already made of it.
/// </summary>
public static class InstalledTool
{
    private static readonly Lazy<Task<string>> Installed = new(InstallAsync);

    /// <summary>The installed <c>awslinq</c> executable.</summary>
    public static Task<string> PathAsync() => Installed.Value;

    private static async Task<string> InstallAsync()
    {
        var root = Path.Combine(Path.GetTempPath(), "awslinq-tool-" + Guid.NewGuid().ToString("N")[..12]);
        var packages = Path.Combine(root, "packages");
        var tools = Path.Combine(root, "tools");
        Directory.CreateDirectory(packages);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => TryDelete(root);

        // Only the package just made: installing must not depend on any other feed.
        var config = Path.Combine(root, "nuget.config");
        await File.WriteAllTextAsync(config, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration><packageSources><clear /><add key="local" value="{packages}" /></packageSources></configuration>
            """);
        var configuration = typeof(InstalledTool).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        await DotnetAsync("pack", CliProject(), "-c", configuration, "--no-build", "-o", packages);
        // The version is a prerelease (Directory.Build.props): install it as a user of a prerelease would.
        await DotnetAsync("tool", "install", "AwsLinq.Cli", "--prerelease", "--tool-path", tools, "--configfile", config);
        return Path.Combine(tools, OperatingSystem.IsWindows() ? "awslinq.exe" : "awslinq");
    }

    private static string CliProject()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AwsLinq.sln")))
            {
                return Path.Combine(dir.FullName, "src", "AwsLinq.Cli", "AwsLinq.Cli.csproj");
            }
        }

        throw new InvalidOperationException("The repository root (AwsLinq.sln) was not found above " + AppContext.BaseDirectory);
    }

    private static async Task DotnetAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        args.ToList().ForEach(start.ArgumentList.Add);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet {string.Join(' ', args)} failed ({process.ExitCode}):\n{await output}\n{await error}");
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            Directory.Delete(path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
