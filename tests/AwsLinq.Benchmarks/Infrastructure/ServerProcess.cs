using System.Diagnostics;
using System.Globalization;

namespace AwsLinq.Benchmarks.Infrastructure;

/// <summary>
/// A seeded local endpoint in a child process: this exe run with <c>--serve</c>. The child prints its address
/// and serves until its standard input closes, so it also ends when the process that started it dies.
/// </summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    public const string Switch = "--serve";

    // BenchmarkDotNet runs each benchmark in a generated exe that inherits the environment, not the arguments.
    private const string CommandVariable = "AWSLINQ_BENCHMARKS_COMMAND";

    private readonly Process _process;

    private ServerProcess(Process process, Uri serviceUrl)
    {
        _process = process;
        ServiceUrl = serviceUrl;
    }

    public Uri ServiceUrl { get; }

    /// <summary>Records how to start this exe again, for the benchmark processes to find.</summary>
    public static void RememberCommand()
    {
        var host = Environment.ProcessPath ?? throw new InvalidOperationException("The path of this process is unknown.");
        var viaMuxer = string.Equals(Path.GetFileNameWithoutExtension(host), "dotnet", StringComparison.OrdinalIgnoreCase);
        var command = viaMuxer ? $"{host}\n{typeof(ServerProcess).Assembly.Location}" : host;
        Environment.SetEnvironmentVariable(CommandVariable, command);
    }

    public static async Task<ServerProcess> StartAsync(int dataObjects)
    {
        var command = Environment.GetEnvironmentVariable(CommandVariable)?.Split('\n')
            ?? throw new InvalidOperationException($"{CommandVariable} is not set: start the benchmarks through Program.Main.");
        var start = new ProcessStartInfo(command[0]) { RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in command.Skip(1).Append(Switch).Append(dataObjects.ToString(CultureInfo.InvariantCulture)))
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start '{command[0]}'.");
        var address = await process.StandardOutput.ReadLineAsync();
        if (!Uri.TryCreate(address, UriKind.Absolute, out var serviceUrl))
        {
            process.Kill();
            process.Dispose();
            throw new InvalidOperationException($"The server process printed '{address}' instead of its address.");
        }

        return new ServerProcess(process, serviceUrl);
    }

    /// <summary>The child's side: seeds a server, prints its address, serves until standard input closes.</summary>
    public static async Task ServeAsync(string[] args)
    {
        var dataObjects = int.Parse(args[Array.IndexOf(args, Switch) + 1], CultureInfo.InvariantCulture);
        await using var bucket = await BenchmarkBucket.StartAsync(ServerPlacement.InProcess, dataObjects);
        Console.WriteLine(bucket.ServiceUrl);
        await Console.In.ReadToEndAsync();
    }

    public async ValueTask DisposeAsync()
    {
        _process.StandardInput.Close();
        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}
