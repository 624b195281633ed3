namespace AwsLinq.Cli.Errors;

/// <summary>
/// An error the user can act on, with a message written for them: printed as it is, without a stack trace, and
/// ending the command with <see cref="ExitCode"/>.
/// </summary>
internal sealed class CliException : Exception
{
    public CliException(string message)
        : base(message)
    {
    }

    public CliException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public CliException()
    {
    }

    /// <summary>Gets the exit code: <see cref="ExitCodes.Error"/> unless the factory said otherwise.</summary>
    public int ExitCode { get; private init; } = ExitCodes.Error;

    /// <summary>A wrong option, value or expression: exit code <see cref="ExitCodes.Usage"/>.</summary>
    public static CliException Usage(string message, Exception? innerException = null) => Create(message, innerException, ExitCodes.Usage);

    /// <summary>Unusable configuration (credentials, region, profile): exit code <see cref="ExitCodes.Configuration"/>.</summary>
    public static CliException Configuration(string message, Exception? innerException = null) => Create(message, innerException, ExitCodes.Configuration);

    /// <summary>An error the service answered: exit code <see cref="ExitCodes.ServiceError"/>.</summary>
    public static CliException Service(string message, Exception innerException) => Create(message, innerException, ExitCodes.ServiceError);

    private static CliException Create(string message, Exception? innerException, int exitCode) => innerException is null
        ? new CliException(message) { ExitCode = exitCode }
        : new CliException(message, innerException) { ExitCode = exitCode };
}
