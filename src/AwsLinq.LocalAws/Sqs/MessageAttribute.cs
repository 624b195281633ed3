namespace AwsLinq.LocalAws.Sqs;

/// <summary>One message attribute as sent: its data type and either a string or a binary value.</summary>
internal sealed record MessageAttribute(string DataType, string? StringValue, byte[]? BinaryValue);
