namespace AwsLinq.LocalAws.Sqs;

/// <summary>
/// A message in a queue: what was sent, which never changes, and its delivery state, which the owning
/// <see cref="SqsQueue"/> changes under its lock.
/// </summary>
internal sealed class StoredMessage
{
    public required string MessageId { get; init; }

    public required string Body { get; init; }

    public required string Md5OfBody { get; init; }

    public IReadOnlyDictionary<string, MessageAttribute> Attributes { get; init; } = new Dictionary<string, MessageAttribute>();

    public required DateTimeOffset SentAt { get; init; }

    /// <summary>When the message's delay (its own DelaySeconds or the queue's) ends.</summary>
    public required DateTimeOffset AvailableAt { get; init; }

    public string? GroupId { get; init; }

    public string? DeduplicationId { get; init; }

    public string? SequenceNumber { get; init; }

    /// <summary>When a receive may return it: its <see cref="AvailableAt"/>, then the end of each visibility timeout.</summary>
    public DateTimeOffset VisibleAt { get; set; }

    public int ReceiveCount { get; set; }

    public DateTimeOffset? FirstReceivedAt { get; set; }

    public bool IsDelayed(DateTimeOffset now) => ReceiveCount == 0 && now < AvailableAt;

    public bool IsInFlight(DateTimeOffset now) => ReceiveCount > 0 && now < VisibleAt;

    public bool IsVisible(DateTimeOffset now) => now >= VisibleAt;
}
