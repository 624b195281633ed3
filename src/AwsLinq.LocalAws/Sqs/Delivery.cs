namespace AwsLinq.LocalAws.Sqs;

/// <summary>One message as a ReceiveMessage returned it: a snapshot taken under the queue's lock.</summary>
internal sealed record Delivery(StoredMessage Message, string ReceiptHandle, int ReceiveCount, DateTimeOffset FirstReceivedAt);
