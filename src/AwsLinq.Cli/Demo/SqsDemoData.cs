using AwsLinq.LocalAws;

namespace AwsLinq.Cli.Demo;

/// <summary>A few queues for the SQS examples, some with a backlog of messages.</summary>
internal static class SqsDemoData
{
    public static int Seed(LocalSqs sqs)
    {
        string[] names = ["orders-eu", "orders-us", "orders-retry", "billing", "audit", "events.fifo"];
        sqs.SeedQueues(names);
        sqs.SendMessages("orders-eu", 42);
        sqs.SendMessages("orders-us", 7);
        sqs.SendMessages("orders-retry", 15);
        sqs.SendMessages("billing", 3);
        return names.Length;
    }
}
