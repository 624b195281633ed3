namespace AwsLinq.Cli.Errors;

/// <summary>
/// An error the user can act on, with a message written for them: printed as it is, without a stack trace.
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
}
