namespace AwsLinq.LocalAws.Hosting;

/// <summary>
/// How one service spells the transient errors every service has: its throttling, internal and "unavailable"
/// errors, as (status, code, message).
/// </summary>
internal sealed record NamedErrors(
    (int StatusCode, string Code, string Message) Throttling,
    (int StatusCode, string Code, string Message) InternalError,
    (int StatusCode, string Code, string Message) Unavailable);
