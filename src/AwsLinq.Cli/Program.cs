using System.Runtime.InteropServices;
using AwsLinq.Cli;

// The first Ctrl+C (or a SIGTERM, as `docker stop` sends to `local serve`) cancels the running command, which
// stops cleanly and says how far it got; a second Ctrl+C is left to the runtime, so a stuck command can be killed.
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    if (!cancellation.IsCancellationRequested)
    {
        e.Cancel = true;
        cancellation.Cancel();
    }
};
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
{
    context.Cancel = true;
    cancellation.Cancel();
});

return await Cli.RunAsync(args, CliConsole.FromSystemConsole(), cancellation.Token);
