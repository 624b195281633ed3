namespace AwsLinq.LocalAws;

/// <summary>The in-memory EC2 state of a <see cref="LocalAwsServer"/>: instances, seeding and fault injection.</summary>
public sealed class LocalEc2
{
    internal LocalEc2(string region, TimeProvider timeProvider)
    {
        Region = region;
        TimeProvider = timeProvider;
    }

    /// <summary>The region the instances live in.</summary>
    public string Region { get; }

    internal TimeProvider TimeProvider { get; }
}
