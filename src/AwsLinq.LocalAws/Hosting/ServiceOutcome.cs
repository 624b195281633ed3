namespace AwsLinq.LocalAws.Hosting;

/// <summary>A service's answer to one request together with the record the request log keeps of it.</summary>
internal sealed record ServiceOutcome(ServedRequest Record, ServiceResponse Response);
