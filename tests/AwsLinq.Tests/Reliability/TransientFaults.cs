using AwsLinq.LocalAws;

namespace AwsLinq.Tests.Reliability;

/// <summary>Every kind of transient fault, each on a tenth of one operation's requests.</summary>
public static class TransientFaults
{
    public const double Rate = 0.1;

    public static IReadOnlyList<LocalFault> Kinds { get; } =
    [
        LocalFault.Throttling,
        LocalFault.InternalError,
        LocalFault.Unavailable,
        LocalFault.DropBeforeActing,
        LocalFault.DropAfterActing,
        LocalFault.Delay(TimeSpan.FromMilliseconds(5)),
    ];

    /// <summary>Retries on top of the SDK's that make a spent budget a one-in-a-billion event at these rates.</summary>
    public static ListingPolicy Policy { get; } = new() { MaxPageAttempts = 8, BaseDelay = TimeSpan.FromMilliseconds(5), MaxDelay = TimeSpan.FromMilliseconds(50) };

    public static IReadOnlyList<LocalFaultRule> On(string service, params string[] operations) =>
        [.. operations.SelectMany(operation => Kinds.Select(kind => new LocalFaultRule(service, operation, kind, Rate)))];
}
