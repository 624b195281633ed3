namespace AwsLinq.Cli.Tests.Infrastructure;

/// <summary>A clock that always shows the same time, so bucket creation dates in the output do not change.</summary>
public sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
