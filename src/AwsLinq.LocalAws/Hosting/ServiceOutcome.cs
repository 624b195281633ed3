namespace AwsLinq.LocalAws.Hosting;

/// <summary>A service's answer to one request together with the record the request log keeps of it.</summary>
/// <param name="Record">What the log keeps.</param>
/// <param name="Response">What to send.</param>
/// <param name="Dropped">Whether to close the connection instead of sending anything.</param>
internal sealed record ServiceOutcome(ServedRequest Record, ServiceResponse Response, bool Dropped = false);
