namespace AwsLinq.LocalAws.Sqs;

/// <summary>A message on its way into a queue, checked by SendMessage or made up by seeding.</summary>
internal sealed record OutgoingMessage(
    string Body,
    IReadOnlyDictionary<string, MessageAttribute> Attributes,
    int? DelaySeconds = null,
    string? GroupId = null,
    string? DeduplicationId = null);
