namespace AwsLinq.LocalAws;

/// <summary>Settings for <see cref="LocalAwsServer.StartAsync"/>.</summary>
public sealed class LocalAwsOptions
{
    /// <summary>The TCP port on 127.0.0.1 to listen on; 0 (the default) picks a free one.</summary>
    public int Port { get; init; }

    /// <summary>
    /// The region the endpoint claims to be: clients sign for it and buckets created without a location
    /// constraint live in it. Defaults to <c>us-east-1</c>.
    /// </summary>
    public string Region { get; init; } = "us-east-1";

    /// <summary>
    /// The clock for LastModified and CreationDate, SQS's timers, and every delay the endpoint adds (faults, latency);
    /// <see cref="TimeProvider.System"/> by default.
    /// </summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>
    /// The seed of every random choice the endpoint makes: which requests a fault hits, and the jitter of the latency.
    /// The same seed and the same requests give the same run. 0 by default.
    /// </summary>
    public int Seed { get; init; }

    /// <summary>
    /// The delay every request waits before the endpoint answers it, on <see cref="TimeProvider"/>, without holding a
    /// thread: 16 requests in flight wait their 16 delays at once. Zero (the default) answers at once.
    /// </summary>
    public TimeSpan Latency { get; init; }

    /// <summary>
    /// How far each request's delay may stray from <see cref="Latency"/>, either way, drawn evenly and seeded by
    /// <see cref="Seed"/>. Zero by default.
    /// </summary>
    public TimeSpan Jitter { get; init; }

    /// <summary>Requests-per-second limits in force from the start (see <see cref="LocalFaults.Limit"/>).</summary>
    public IReadOnlyList<LocalRateLimit> RateLimits { get; init; } = [];

    /// <summary>Faults in force from the start, each for one service and operation (see <see cref="LocalFaults.Add"/>).</summary>
    public IReadOnlyList<LocalFaultRule> Faults { get; init; } = [];
}
