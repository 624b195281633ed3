using AwsLinq.LocalAws.Faults;

namespace AwsLinq.LocalAws.Sts;

/// <summary>The faults of STS: the rules every service has (<see cref="LocalFaults"/>); STS lists nothing, so it has no listing misbehaviours.</summary>
internal sealed class LocalStsFaults(int seed, TimeProvider time) : LocalFaults("sts", seed, time, new Dictionary<LocalFault, string[]>());
