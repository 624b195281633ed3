using System.Globalization;

namespace AwsLinq.Tests.Differential;

/// <summary>A queue to create: its name, attributes, tags and how many messages it holds.</summary>
internal sealed record SqsQueueSeed(string Name, IReadOnlyDictionary<string, string> Attributes, IReadOnlyDictionary<string, string> Tags, int Messages)
{
    public override string ToString() => $"{Name} ({string.Join(", ", Attributes.Select(a => $"{a.Key}={a.Value}"))}; {Messages} messages)";
}

/// <summary>
/// Random queues: name families that share prefixes in both cases, FIFO queues, attributes that repeat,
/// tags, and messages only where neither a delay nor a retention period would change the counts while a run
/// reads them.
/// </summary>
internal static class SqsQueueData
{
    public static readonly string[] Families = ["orders", "Orders", "orders-eu", "billing", "audit-2024", "a", "A-b", "ord_", "x9"];
    public static readonly string[] Teams = ["payments", "platform", "Platform", "é"];

    public static IReadOnlyList<SqsQueueSeed> Queues(Random random, int count)
    {
        var queues = new List<SqsQueueSeed>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        while (queues.Count < count)
        {
            var fifo = random.Chance(0.15);
            var name = $"{random.Pick(Families)}{random.Pick(["-", "_", string.Empty])}{random.Next(200).ToString(CultureInfo.InvariantCulture)}{(fifo ? ".fifo" : string.Empty)}";
            if (!names.Add(name))
            {
                continue;
            }

            var delay = random.Chance(0.2) ? random.Pick([5, 60, 900]) : 0;
            var attributes = new Dictionary<string, string>
            {
                ["VisibilityTimeout"] = random.Pick(["0", "30", "60", "120", "43200"]),
                ["DelaySeconds"] = delay.ToString(CultureInfo.InvariantCulture),
                ["MessageRetentionPeriod"] = random.Pick(["86400", "345600", "1209600"]),
                ["MaximumMessageSize"] = random.Pick(["1024", "262144"]),
                ["ReceiveMessageWaitTimeSeconds"] = random.Pick(["0", "20"]),
            };
            if (fifo)
            {
                attributes["FifoQueue"] = "true";
                attributes["ContentBasedDeduplication"] = random.Chance(0.5) ? "true" : "false";
            }

            var tags = new Dictionary<string, string>();
            if (random.Chance(0.6))
            {
                tags["team"] = random.Pick(Teams);
            }

            if (random.Chance(0.3))
            {
                tags["env"] = random.Pick(["prod", "dev"]);
            }

            queues.Add(new SqsQueueSeed(name, attributes, tags, delay == 0 ? random.Next(4) : 0));
        }

        return queues;
    }
}
