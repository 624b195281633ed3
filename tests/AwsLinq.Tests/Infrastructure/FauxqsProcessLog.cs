using System.Diagnostics;
using System.Text;

namespace AwsLinq.Tests.Infrastructure;

/// <summary>Collects a child process's stdout and stderr so a failure can show them.</summary>
internal sealed class FauxqsProcessLog
{
    private readonly StringBuilder _text = new();
    private readonly Lock _lock = new();

    /// <summary>Wires the process's redirected streams into this log; call before Start.</summary>
    public void Attach(Process process)
    {
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
    }

    public override string ToString()
    {
        lock (_lock)
        {
            return _text.Length == 0 ? "(no output)" : _text.ToString();
        }
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_lock)
        {
            _text.AppendLine(line);
        }
    }
}
