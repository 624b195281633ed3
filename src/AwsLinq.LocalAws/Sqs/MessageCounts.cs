namespace AwsLinq.LocalAws.Sqs;

/// <summary>The three ApproximateNumberOfMessages* attributes at one instant; exact here, approximate in SQS.</summary>
internal readonly record struct MessageCounts(int Visible, int NotVisible, int Delayed);
