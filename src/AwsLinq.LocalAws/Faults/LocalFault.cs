using System.Globalization;

namespace AwsLinq.LocalAws;

/// <summary>
/// One way a request can go wrong at the local endpoint, for any service: an error, a dropped connection, a delay, or
/// a misbehaviour of a listing or a delete. Add it to an operation with <see cref="LocalFaults.Add"/>, or start the
/// server with it in <see cref="LocalAwsOptions.Faults"/>.
/// </summary>
/// <remarks>
/// <see cref="Throttling"/>, <see cref="InternalError"/> and <see cref="Unavailable"/> answer with the status and
/// code each service uses: S3 <c>503 SlowDown</c>, <c>500 InternalError</c>, <c>503 ServiceUnavailable</c>; EC2
/// <c>503 RequestLimitExceeded</c>, <c>500 InternalError</c>, <c>503 Unavailable</c>; SQS <c>400 ThrottlingException</c>,
/// <c>500 InternalFailure</c>, <c>503 ServiceUnavailable</c>. The SDKs retry all of them.
/// </remarks>
public sealed class LocalFault : IEquatable<LocalFault>
{
    private LocalFault(string name, LocalFaultKind kind, int statusCode = 0, string? code = null, string? message = null, TimeSpan delay = default)
    {
        Name = name;
        Kind = kind;
        StatusCode = statusCode;
        Code = code;
        Message = message;
        Duration = delay;
    }

    /// <summary>The service's throttling error (S3 <c>503 SlowDown</c>, EC2 <c>503 RequestLimitExceeded</c>, SQS <c>400 ThrottlingException</c>).</summary>
    public static LocalFault Throttling { get; } = new("throttling", LocalFaultKind.Error);

    /// <summary>The service's internal error (S3 and EC2 <c>500 InternalError</c>, SQS <c>500 InternalFailure</c>).</summary>
    public static LocalFault InternalError { get; } = new("internal-error", LocalFaultKind.Error);

    /// <summary>The service's "unavailable" error (S3 and SQS <c>503 ServiceUnavailable</c>, EC2 <c>503 Unavailable</c>).</summary>
    public static LocalFault Unavailable { get; } = new("unavailable", LocalFaultKind.Error);

    /// <summary>Closes the connection before the operation runs: nothing changes, and the client sees no answer.</summary>
    public static LocalFault DropBeforeActing { get; } = new("drop-before", LocalFaultKind.DropBeforeActing);

    /// <summary>
    /// Runs the operation, then closes the connection without an answer. The SDK retries, and the retry meets the
    /// changed state: a retried <c>DeleteQueue</c> fails with <c>NonExistentQueue</c>.
    /// </summary>
    public static LocalFault DropAfterActing { get; } = new("drop-after", LocalFaultKind.DropAfterActing);

    /// <summary>
    /// A truncated page comes with an empty next token (<c>&lt;NextContinuationToken&gt;&lt;/...&gt;</c>,
    /// <c>NextToken=""</c>). ListObjectsV2, ListBuckets, DescribeInstances, ListQueues.
    /// </summary>
    public static LocalFault EmptyNextToken { get; } = Misbehaving("empty-next-token");

    /// <summary>A truncated page says <c>IsTruncated=true</c> but has no next token. ListObjectsV2, ListBuckets, DescribeInstances, ListQueues.</summary>
    public static LocalFault TruncatedWithoutToken { get; } = Misbehaving("truncated-without-token");

    /// <summary>
    /// A page that is not the last has neither <c>IsTruncated</c> nor a next token, so it looks like the last one.
    /// ListObjectsV2, ListBuckets, DescribeInstances, ListQueues.
    /// </summary>
    public static LocalFault SilentlyTruncated { get; } = Misbehaving("silently-truncated");

    /// <summary>
    /// A truncated page sends back the request's own token (or, on a first page, a token that restarts the listing), so
    /// that a client following tokens blindly never finishes. ListObjectsV2, ListBuckets, DescribeInstances, ListQueues.
    /// </summary>
    public static LocalFault RepeatedToken { get; } = Misbehaving("repeated-token");

    /// <summary>Every page is empty and truncated, each with a new token, forever. ListObjectsV2, ListBuckets, DescribeInstances, ListQueues.</summary>
    public static LocalFault EndlessEmptyPages { get; } = Misbehaving("endless-empty-pages");

    /// <summary>Each page holds the right items in reverse order. ListObjectsV2, ListBuckets, DescribeInstances, ListQueues.</summary>
    public static LocalFault KeysOutOfOrder { get; } = Misbehaving("keys-out-of-order");

    /// <summary>
    /// Each page after the first starts again with the last item of the page before (as fauxqs does), when that page
    /// held two or more. ListObjectsV2, ListBuckets, DescribeInstances, ListQueues.
    /// </summary>
    public static LocalFault KeysRepeatedAcrossPages { get; } = Misbehaving("keys-repeated");

    /// <summary>ListBuckets ignores <c>Prefix</c>, <c>BucketRegion</c> and <c>MaxBuckets</c> and lists every bucket on one page, as fauxqs does.</summary>
    public static LocalFault IgnoresBucketFilters { get; } = Misbehaving("ignores-bucket-filters");

    /// <summary>DeleteObjects answers 200 with an empty body and deletes nothing.</summary>
    public static LocalFault EmptyBody { get; } = Misbehaving("empty-body");

    /// <summary>DeleteObjects answers 200 with a body that is not XML and deletes nothing.</summary>
    public static LocalFault UnparsableBody { get; } = Misbehaving("unparsable-body");

    /// <summary>DeleteObjects reports the first key it was sent as an error twice, and keeps that object.</summary>
    public static LocalFault ErrorForKeyTwice { get; } = Misbehaving("error-for-key-twice");

    /// <summary>DeleteObjects adds an error for a key it was not sent (the first key with <c>.unsent</c> appended).</summary>
    public static LocalFault ErrorForUnsentKey { get; } = Misbehaving("error-for-unsent-key");

    /// <summary>The throttling error of a rate limit (<see cref="LocalFaults.Limit"/>), named apart in the request log.</summary>
    internal static LocalFault RateLimited { get; } = new("rate-limit", LocalFaultKind.Error);

    /// <summary>The name of the fault, as <see cref="Parse"/> and <c>awslinq local serve --fault</c> spell it.</summary>
    public string Name { get; }

    /// <summary>What the fault does.</summary>
    public LocalFaultKind Kind { get; }

    /// <summary>The HTTP status of an error made with <see cref="Error"/>; 0 for the service-named errors and other faults.</summary>
    public int StatusCode { get; }

    /// <summary>The error code of an error made with <see cref="Error"/>, or <see langword="null"/>.</summary>
    public string? Code { get; }

    /// <summary>The error message of an error made with <see cref="Error"/>, or <see langword="null"/>.</summary>
    public string? Message { get; }

    /// <summary>How long a <see cref="Delay"/> waits; zero for other faults.</summary>
    public TimeSpan Duration { get; }

    /// <summary>Every fault with a fixed name, as <see cref="Parse"/> knows them.</summary>
    public static IReadOnlyList<LocalFault> Named { get; } =
    [
        Throttling, InternalError, Unavailable, DropBeforeActing, DropAfterActing, EmptyNextToken, TruncatedWithoutToken,
        SilentlyTruncated, RepeatedToken, EndlessEmptyPages, KeysOutOfOrder, KeysRepeatedAcrossPages, IgnoresBucketFilters,
        EmptyBody, UnparsableBody, ErrorForKeyTwice, ErrorForUnsentKey,
    ];

    /// <summary>An error of your choosing, sent in the service's error format, such as 403 <c>AccessDenied</c>.</summary>
    /// <param name="statusCode">The HTTP status, 400 to 599.</param>
    /// <param name="code">The error code the client reads.</param>
    /// <param name="message">The error message.</param>
    /// <returns>The fault.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> or <paramref name="message"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="statusCode"/> is not 400 to 599.</exception>
    public static LocalFault Error(int statusCode, string code, string message)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(statusCode, 400);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(statusCode, 599);
        ArgumentException.ThrowIfNullOrEmpty(code);
        ArgumentNullException.ThrowIfNull(message);
        return new(string.Create(CultureInfo.InvariantCulture, $"error:{statusCode}:{code}"), LocalFaultKind.Error, statusCode, code, message);
    }

    /// <summary>Waits before answering, on the server's clock and without holding a thread; the answer is otherwise normal.</summary>
    /// <param name="delay">How long to wait, zero or more.</param>
    /// <returns>The fault.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="delay"/> is negative.</exception>
    public static LocalFault Delay(TimeSpan delay)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(delay, TimeSpan.Zero);
        return new(string.Create(CultureInfo.InvariantCulture, $"delay:{LocalDuration.Format(delay)}"), LocalFaultKind.Delay, delay: delay);
    }

    /// <summary>
    /// Reads a fault by its <see cref="Name"/>: <c>throttling</c>, <c>drop-after</c>, <c>keys-repeated</c>...,
    /// <c>delay:250ms</c>, or <c>error:403:AccessDenied</c> (the message is then the code).
    /// </summary>
    /// <param name="text">The name.</param>
    /// <returns>The fault.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">The text names no fault; the message lists the names.</exception>
    public static LocalFault Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        if (Named.FirstOrDefault(f => string.Equals(f.Name, trimmed, StringComparison.OrdinalIgnoreCase)) is { } named)
        {
            return named;
        }

        if (trimmed.StartsWith("delay:", StringComparison.OrdinalIgnoreCase) && LocalDuration.TryParse(trimmed[6..], out var delay))
        {
            return Delay(delay);
        }

        var parts = trimmed.Split(':');
        if (parts.Length == 3 && string.Equals(parts[0], "error", StringComparison.OrdinalIgnoreCase)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var status) && status is >= 400 and <= 599
            && parts[2].Length > 0)
        {
            return Error(status, parts[2], parts[2]);
        }

        throw new FormatException(
            $"'{text}' is not a fault. Use one of {string.Join(", ", Named.Select(f => f.Name))}, delay:<duration> (delay:250ms) or error:<status>:<code> (error:403:AccessDenied).");
    }

    /// <inheritdoc/>
    public bool Equals(LocalFault? other) =>
        other is not null && string.Equals(Name, other.Name, StringComparison.Ordinal)
        && string.Equals(Message, other.Message, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as LocalFault);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Name);

    /// <summary>Returns <see cref="Name"/>.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;

    private static LocalFault Misbehaving(string name) => new(name, LocalFaultKind.Misbehaviour);
}
