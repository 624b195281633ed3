using AwsLinq.LocalAws.Faults;

namespace AwsLinq.LocalAws;

/// <summary>The faults of <see cref="LocalSqs"/>: the rules every service has (<see cref="LocalFaults"/>) and the misbehaviours of ListQueues.</summary>
public sealed class LocalSqsFaults : LocalFaults
{
    internal LocalSqsFaults(int seed, TimeProvider time)
        : base("sqs", seed, time, ListingFaults.For(["ListQueues"]))
    {
    }
}
