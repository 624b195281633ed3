using AwsLinq.LocalAws.Faults;

namespace AwsLinq.LocalAws;

/// <summary>
/// The faults of <see cref="LocalEc2"/>: the rules every service has (<see cref="LocalFaults"/>), the misbehaviours of
/// DescribeInstances, and <see cref="FailAction"/> for an error of your choosing.
/// </summary>
public sealed class LocalEc2Faults : LocalFaults
{
    internal LocalEc2Faults(int seed, TimeProvider time)
        : base("ec2", seed, time, ListingFaults.For(["DescribeInstances"]))
    {
    }

    /// <summary>
    /// Makes the next calls of an action fail with an EC2 error instead of running, before any validation. An
    /// earlier error for the same action is replaced.
    /// </summary>
    /// <param name="action">The action, as sent in <c>Action=</c>: <c>"DescribeInstances"</c>.</param>
    /// <param name="errorCode">The error code the client reads, for example <c>"UnauthorizedOperation"</c>.</param>
    /// <param name="message">The error message.</param>
    /// <param name="times">How many calls fail; <see langword="null"/> (the default) for every call until <see cref="LocalFaults.Reset"/>.</param>
    /// <param name="statusCode">
    /// The HTTP status, 400 by default. The SDK retries 5xx answers and throttling codes such as
    /// <c>RequestLimitExceeded</c> (which EC2 sends as 503), so a fault with <paramref name="times"/> 1 tests a retry.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="action"/>, <paramref name="errorCode"/> or <paramref name="message"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="times"/> is below 1, or <paramref name="statusCode"/> is not 400 to 599.</exception>
    public void FailAction(string action, string errorCode, string message, int? times = null, int statusCode = 400)
    {
        ArgumentNullException.ThrowIfNull(action);
        var fault = LocalFault.Error(statusCode, errorCode, message);
        RemoveAll(action, LocalFaultKind.Error);
        Add(action, fault, times: times);
    }
}
