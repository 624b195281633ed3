using System.Diagnostics;
using AwsLinq.LocalAws;

namespace AwsLinq.Tests.LocalAws.RealClients;

/// <summary>
/// Runs the AWS CLI or a Python script with boto3 against a LocalAws server, as a user would: credentials and region
/// from the environment, a HOME of its own so that no configuration of the machine applies.
/// </summary>
internal static class RealClient
{
    public const string Install = "Install them with: apt-get install -y awscli python3-boto3 (.ci/run does).";

    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(LocalAwsServer server, string program, params string[] arguments)
    {
        var home = Directory.CreateTempSubdirectory("localaws-client-home-");
        try
        {
            var start = new ProcessStartInfo(Locate(program))
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            start.Environment["HOME"] = home.FullName;
            start.Environment["AWS_ACCESS_KEY_ID"] = "local";
            start.Environment["AWS_SECRET_ACCESS_KEY"] = "local";
            start.Environment["AWS_DEFAULT_REGION"] = server.Region;
            start.Environment["AWS_ENDPOINT_URL"] = server.ServiceUrl.ToString().TrimEnd('/');
            start.Environment["AWS_CONFIG_FILE"] = Path.Combine(home.FullName, "config");
            start.Environment["AWS_SHARED_CREDENTIALS_FILE"] = Path.Combine(home.FullName, "credentials");
            start.Environment["AWS_PAGER"] = string.Empty;

            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
            await process.WaitForExitAsync(timeout.Token);
            return (process.ExitCode, await output, await error);
        }
        finally
        {
            home.Delete(recursive: true);
        }
    }

    /// <summary>The full path of a program on PATH; a test that needs it and finds it missing fails saying how to install it.</summary>
    private static string Locate(string program)
    {
        var found = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, program))
            .FirstOrDefault(File.Exists);
        if (found is null || (program == "python3" && !Boto3Available(found)))
        {
            throw new InvalidOperationException($"This test drives LocalAws with the AWS CLI and boto3, and '{program}'{(found is null ? " is not on PATH" : " has no boto3")}. {Install}");
        }

        return found;
    }

    private static bool Boto3Available(string python)
    {
        using var probe = Process.Start(new ProcessStartInfo(python, ["-c", "import boto3"]) { RedirectStandardError = true, UseShellExecute = false })!;
        probe.WaitForExit();
        return probe.ExitCode == 0;
    }
}
