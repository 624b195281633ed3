using AwsLinq.LocalAws.Ec2;

namespace AwsLinq.LocalAws;

/// <summary>
/// Errors <see cref="LocalEc2"/> can be told to answer with, so that tests can check how a client copes.
/// Thread-safe; a fault applies to requests that arrive after it was set.
/// </summary>
public sealed class LocalEc2Faults
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, (Ec2ErrorException Error, int Remaining)> _failures = new(StringComparer.Ordinal);

    /// <summary>
    /// Makes the next calls of an action fail with an EC2 error instead of running, before any validation. An
    /// earlier fault for the same action is replaced.
    /// </summary>
    /// <param name="action">The action, as sent in <c>Action=</c>: <c>"DescribeInstances"</c>.</param>
    /// <param name="errorCode">The error code the client reads, for example <c>"UnauthorizedOperation"</c>.</param>
    /// <param name="message">The error message.</param>
    /// <param name="times">How many calls fail; <see langword="null"/> (the default) for every call until <see cref="Reset"/>.</param>
    /// <param name="statusCode">
    /// The HTTP status, 400 by default. The SDK retries 5xx answers and throttling codes such as
    /// <c>RequestLimitExceeded</c> (which EC2 sends as 503), so a fault with <paramref name="times"/> 1 tests a retry.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="action"/>, <paramref name="errorCode"/> or <paramref name="message"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="times"/> is below 1, or <paramref name="statusCode"/> is not 400 to 599.</exception>
    public void FailAction(string action, string errorCode, string message, int? times = null, int statusCode = 400)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(errorCode);
        ArgumentNullException.ThrowIfNull(message);
        if (times is { } count)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(count, 1, nameof(times));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(statusCode, 400);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(statusCode, 599);
        lock (_gate)
        {
            _failures[action] = (new Ec2ErrorException(statusCode, errorCode, message), times ?? int.MaxValue);
        }
    }

    /// <summary>Turns every fault off.</summary>
    public void Reset()
    {
        lock (_gate)
        {
            _failures.Clear();
        }
    }

    /// <summary>Returns the error this call of the action must fail with, counting it, or <see langword="null"/>.</summary>
    internal Ec2ErrorException? Take(string action)
    {
        lock (_gate)
        {
            if (!_failures.TryGetValue(action, out var failure))
            {
                return null;
            }

            if (failure.Remaining == 1)
            {
                _failures.Remove(action);
            }
            else if (failure.Remaining != int.MaxValue)
            {
                _failures[action] = failure with { Remaining = failure.Remaining - 1 };
            }

            return failure.Error;
        }
    }
}
