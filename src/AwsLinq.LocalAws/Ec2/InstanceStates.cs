using System.Collections.Frozen;

namespace AwsLinq.LocalAws.Ec2;

/// <summary>The instance state names and the codes EC2 pairs them with (the reference's InstanceState type).</summary>
internal static class InstanceStates
{
    public const string Pending = "pending";
    public const string Running = "running";
    public const string ShuttingDown = "shutting-down";
    public const string Terminated = "terminated";
    public const string Stopping = "stopping";
    public const string Stopped = "stopped";

    private static readonly FrozenDictionary<string, int> Codes = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        [Pending] = 0,
        [Running] = 16,
        [ShuttingDown] = 32,
        [Terminated] = 48,
        [Stopping] = 64,
        [Stopped] = 80,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static bool IsKnown(string name) => Codes.ContainsKey(name);

    public static int Code(string name) => Codes[name];

    /// <summary>The names, for messages.</summary>
    public static string Names => string.Join(", ", Codes.Keys.Order(StringComparer.Ordinal));
}
