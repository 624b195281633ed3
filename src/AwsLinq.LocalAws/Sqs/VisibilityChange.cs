namespace AwsLinq.LocalAws.Sqs;

/// <summary>What a ChangeMessageVisibility did: changed the timeout, found no message in flight, or went past 12 hours.</summary>
internal enum VisibilityChange
{
    Changed,
    NotInFlight,
    BeyondLimit,
}
