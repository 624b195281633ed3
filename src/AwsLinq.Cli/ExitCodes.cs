namespace AwsLinq.Cli;

/// <summary>The exit codes scripts can tell apart; docs/cli.md lists them.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>Anything else that stopped the command: an unreachable endpoint, a timeout, an unexpected failure.</summary>
    public const int Error = 1;

    /// <summary>The command line was wrong: an unknown option, a bad value or expression. Nothing was sent.</summary>
    public const int Usage = 2;

    /// <summary>A batch action ran, and the service refused it for some items.</summary>
    public const int ItemsFailed = 3;

    /// <summary>A batch action was not confirmed with <c>--yes</c>; nothing was changed.</summary>
    public const int NotConfirmed = 4;

    /// <summary>Ctrl+C, as shells report a process ended by SIGINT (128 + 2).</summary>
    public const int Canceled = 130;

    /// <summary>Whoever read the output went away (<c>| head</c>), as shells report a process ended by SIGPIPE (128 + 13).</summary>
    public const int OutputClosed = 141;

    /// <summary>The configuration was unusable: no credentials, no region, an unknown profile (the AWS CLI's 253).</summary>
    public const int Configuration = 253;

    /// <summary>The service answered with an error (the AWS CLI's 254).</summary>
    public const int ServiceError = 254;
}
