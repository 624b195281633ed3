using AwsLinq.LocalAws.Faults;

namespace AwsLinq.LocalAws;

/// <summary>The faults of <see cref="LocalSqs"/>: the rules every service has (<see cref="LocalFaults"/>) and the misbehaviours of ListQueues.</summary>
public sealed class LocalSqsFaults : LocalFaults
{
    internal LocalSqsFaults(int seed)
        : base("sqs", seed, ListingFaults.For(["ListQueues"]))
    {
    }
}
