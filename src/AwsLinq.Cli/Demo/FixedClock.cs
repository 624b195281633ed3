namespace AwsLinq.Cli.Demo;

/// <summary>A clock that never moves, so that bucket creation dates are the same on every run.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
