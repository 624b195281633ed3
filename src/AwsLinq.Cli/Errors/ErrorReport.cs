namespace AwsLinq.Cli.Errors;

/// <summary>What the user reads about a failure, and the exit code that tells scripts what kind it was.</summary>
/// <param name="Message">One line (a predicate error adds the expression and a caret).</param>
/// <param name="ExitCode">One of <see cref="ExitCodes"/>.</param>
internal sealed record ErrorReport(string Message, int ExitCode);
