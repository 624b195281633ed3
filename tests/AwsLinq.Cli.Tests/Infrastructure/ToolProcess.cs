using System.Diagnostics;

namespace AwsLinq.Cli.Tests.Infrastructure;

/// <summary>
/// Runs the installed <c>awslinq</c> in a process of its own, with HOME set to the test's <see cref="AwsHome"/> and none
/// of the machine's AWS_* variables: only what the test gives it. The instance metadata service is turned off, so the
/// SDK's chains never look beyond the loopback endpoint.
/// </summary>
public static class ToolProcess
{
    public static async Task<Process> StartAsync(AwsHome home, IReadOnlyDictionary<string, string> environment, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo(await InstalledTool.PathAsync())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("AWS_", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["HOME"] = home.Path;
        start.Environment["AWS_EC2_METADATA_DISABLED"] = "true";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var process = Process.Start(start)!;
        process.StandardInput.Close();
        return process;
    }

    public static async Task<CliResult> RunAsync(AwsHome home, IReadOnlyDictionary<string, string> environment, IEnumerable<string> args)
    {
        using var process = await StartAsync(home, environment, args);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return new CliResult(process.ExitCode, await output, await error);
    }
}
