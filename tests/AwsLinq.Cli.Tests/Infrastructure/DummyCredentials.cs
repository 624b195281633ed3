namespace AwsLinq.Cli.Tests.Infrastructure;

/// <summary>
/// Lets the command find credentials the way the SDK always does, through the environment; LocalAws accepts any.
/// Every test sets the same values, so running in parallel does not matter.
/// </summary>
public static class DummyCredentials
{
    public static void Ensure()
    {
        Environment.SetEnvironmentVariable("AWS_ACCESS_KEY_ID", "local");
        Environment.SetEnvironmentVariable("AWS_SECRET_ACCESS_KEY", "local");
    }
}
