using System.Text;
using Microsoft.Win32.SafeHandles;

namespace AwsLinq.Cli.Output;

/// <summary>
/// Standard output that reports a closed pipe. .NET's console stream ignores EPIPE, so <c>awslinq ... | head -2</c>
/// would list the whole bucket into nothing; writing to file descriptor 1 directly makes the first write after the
/// reader left throw, and the command stops there.
/// </summary>
internal static class ClosedOutput
{
    // EPIPE on Linux and macOS, as .NET reports it for a write to a pipe nobody reads.
    private const int BrokenPipe = 32;

    public static TextWriter OpenStandardOutput()
    {
        if (OperatingSystem.IsWindows())
        {
            return Console.Out;
        }

        var stream = new FileStream(new SafeFileHandle(1, ownsHandle: false), FileAccess.Write, bufferSize: 0);
        if (stream.CanSeek)
        {
            // A file: FileStream would write from its own position, over what the shell appended before (>>).
            stream.Dispose();
            return Console.Out;
        }

        return new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 4096) { AutoFlush = true };
    }

    /// <summary>Whether <paramref name="error"/> is, or was caused by, a write to a pipe whose reader has gone.</summary>
    public static bool Caused(Exception error)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            if (e is IOException io && io.HResult == BrokenPipe)
            {
                return true;
            }
        }

        return false;
    }
}
