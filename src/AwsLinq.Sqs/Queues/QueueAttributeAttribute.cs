namespace AwsLinq.Sqs.Queues;

/// <summary>Names the SQS attribute a <see cref="SqsQueue"/> property holds, so that each attribute is named once, beside its property.</summary>
/// <param name="name">The attribute's name in <c>GetQueueAttributes</c>, for example <c>QueueArn</c>.</param>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
internal sealed class QueueAttributeAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
