using Amazon.SQS;

namespace AwsLinq.Cli.Demo;

/// <summary>The guide's <c>sqs.queues</c> example, and a filter on an attribute the listing does not return.</summary>
internal static class SqsExamples
{
    public static IEnumerable<DemoExample> Create(IAmazonSQS sqs)
    {
        yield return Example.ForEach(
            "All queues",
            "for queue in sqs.queues.all():",
            sqs.Queues(),
            q => q.Url) with
        {
            Note = "MaxResults is always sent: without it SQS returns at most 1000 queues and no token, and the rest are lost.",
        };

        yield return Example.List(
            "Order queues with a backlog",
            "[q for q in sqs.queues.filter(QueueNamePrefix='orders-') if int(q.attributes['ApproximateNumberOfMessages']) > 10]",
            sqs.Queues().Where(q => q.Name.StartsWith("orders-") && q.ApproximateNumberOfMessages > 10),
            q => $"{q.Name,-16} {q.ApproximateNumberOfMessages,5} messages") with
        {
            Note = "Only ApproximateNumberOfMessages is asked for, and only for the queues QueueNamePrefix returned.",
        };
    }
}
