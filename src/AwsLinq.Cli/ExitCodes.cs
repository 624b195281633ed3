namespace AwsLinq.Cli;

/// <summary>The exit codes scripts can tell apart; docs/cli.md lists them.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The command did not run: a bad argument, an AWS error, an unreachable endpoint.</summary>
    public const int Error = 1;

    /// <summary>A batch action was not confirmed with <c>--yes</c>; nothing was changed.</summary>
    public const int NotConfirmed = 2;

    /// <summary>A batch action ran, and the service refused it for some items.</summary>
    public const int ItemsFailed = 3;

    /// <summary>Ctrl+C, as shells report a process ended by SIGINT (128 + 2).</summary>
    public const int Canceled = 130;
}
