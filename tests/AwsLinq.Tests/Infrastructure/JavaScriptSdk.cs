using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AwsLinq.Tests.Infrastructure;

/// <summary>
/// The AWS SDK for JavaScript v3 (<c>@aws-sdk/client-sqs</c> from <c>tests/emulators</c>), a client that is not
/// AwsLinq's and speaks SQS's JSON protocol: one Node process runs <c>aws-sdk-js-client.mjs</c>, and each call is one
/// line of JSON to it and one back. Calls run concurrently, so a long poll can wait while the test sends a message.
/// As an xUnit class fixture, a test class pays for one Node start.
/// </summary>
public sealed class JavaScriptSdk : IAsyncLifetime
{
    private const string Ready = "aws-sdk-js ready";

    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonObject>> _calls = new();
    private readonly FauxqsProcessLog _log = new();
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Process? _process;
    private int _lastId;

    public async Task InitializeAsync()
    {
        var directory = FauxqsInstallation.FindEmulatorsDirectory();
        await FauxqsInstallation.EnsureInstalledAsync(directory, CancellationToken.None);
        _process = new Process
        {
            StartInfo = new ProcessStartInfo(FauxqsInstallation.NodePath(directory), ["aws-sdk-js-client.mjs"])
            {
                WorkingDirectory = directory,
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            },
        };
        _log.Attach(_process);
        _process.OutputDataReceived += (_, e) => Answered(e.Data);
        _process.Exited += (_, _) => Fail(new InvalidOperationException($"The AWS SDK for JavaScript process ended. Output:{Environment.NewLine}{_log}"));
        _process.EnableRaisingEvents = true;
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        using var bound = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await _ready.Task.WaitAsync(bound.Token);
    }

    public async Task DisposeAsync()
    {
        if (_process is null)
        {
            return;
        }

        // Closing stdin lets the calls still running finish; the script then exits.
        _process.StandardInput.Close();
        using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await _process.WaitForExitAsync(bound.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    /// <summary>Sends <c>new &lt;command&gt;Command(input)</c> through a client for the endpoint; the answer is the output, or the error.</summary>
    public async Task<JavaScriptResult> SendAsync(string service, Uri endpoint, string region, string command, object input)
    {
        var id = Interlocked.Increment(ref _lastId);
        var answer = new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously);
        _calls[id] = answer;
        var line = JsonSerializer.Serialize(new { id, service, endpoint = endpoint.ToString(), region, command, input });
        lock (_calls)
        {
            _process!.StandardInput.WriteLine(line);
            _process.StandardInput.Flush();
        }

        using var bound = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var result = await answer.Task.WaitAsync(bound.Token);
        return new JavaScriptResult(result["output"]?.AsObject(), result["error"]?.Deserialize<JavaScriptError>());
    }

    private void Answered(string? line)
    {
        if (line == Ready)
        {
            _ready.TrySetResult();
        }
        else if (line is not null && JsonNode.Parse(line) is JsonObject answer
            && _calls.TryRemove(answer["id"]!.GetValue<int>(), out var call))
        {
            call.TrySetResult(answer);
        }
    }

    private void Fail(Exception reason)
    {
        _ready.TrySetException(reason);
        foreach (var call in _calls.Values)
        {
            call.TrySetException(reason);
        }
    }
}

/// <summary>What one JavaScript SDK call gave: its output, or the error it threw.</summary>
public sealed record JavaScriptResult(JsonObject? Output, JavaScriptError? Error)
{
    /// <summary>The output; throws with the error when the call failed.</summary>
    public JsonObject Succeeded() =>
        Output ?? throw new InvalidOperationException($"The call failed: {Error}");
}

/// <summary>An error the JavaScript SDK threw: its exception name, AWS error code, HTTP status and message.</summary>
public sealed record JavaScriptError(
    [property: System.Text.Json.Serialization.JsonPropertyName("name")] string Name,
    [property: System.Text.Json.Serialization.JsonPropertyName("code")] string Code,
    [property: System.Text.Json.Serialization.JsonPropertyName("status")] int? Status,
    [property: System.Text.Json.Serialization.JsonPropertyName("message")] string Message);
