using System.Linq.Expressions;

namespace AwsLinq.Tests.Differential;

/// <summary>Random queries over SQS queues: name prefixes and equalities, URLs, FIFO, attributes and tags.</summary>
internal sealed class SqsQueueGrammar() : QueryGrammar<SqsQueue>("sqs.Queues()", "q", 1, 1000)
{
    protected override IReadOnlyList<OrderKey<SqsQueue>> OrderKeys { get; } =
    [
        OrderKey<SqsQueue>.Of("q.Name", q => q.Name),
        OrderKey<SqsQueue>.Of("q.Name", q => q.Name, StringComparer.OrdinalIgnoreCase, "StringComparer.OrdinalIgnoreCase"),
        OrderKey<SqsQueue>.Of("q.Url", q => q.Url),
        OrderKey<SqsQueue>.Of("q.IsFifo", q => q.IsFifo),
        OrderKey<SqsQueue>.Of("q.ApproximateNumberOfMessages", q => q.ApproximateNumberOfMessages),
        OrderKey<SqsQueue>.Of("q.VisibilityTimeout", q => q.VisibilityTimeout),
    ];

    public override string Render(SqsQueue item) => item.Url;

    protected override Predicate<SqsQueue> Atom(Random random, IReadOnlyList<SqsQueue> listing)
    {
        var name = random.Pick(listing).Name;
        var text = random.Next(10) switch
        {
            < 4 => name[..random.Next(name.Length + 1)],
            < 6 => name,
            6 => name.ToUpperInvariant(),
            7 => random.Pick(SqsQueueData.Families),
            8 => random.Pick(["é", "\uD83D", "orders\uFFFD", "*", "%"]),
            _ => name + "0",
        };
        // Name predicates, which SQS serves or which cost no follow-up call, come up most.
        switch (random.Next(22) switch { < 8 => 0, < 11 => 1, var n => n - 9 })
        {
            case 0:
                return random.Next(3) switch
                {
                    0 => Name("q.Name.StartsWith({0})", text, v => q => q.Name.StartsWith(v), true),
                    1 => Name("q.Name.StartsWith({0}, StringComparison.Ordinal)", text, v => q => q.Name.StartsWith(v, StringComparison.Ordinal), true),
                    _ => Name("q.Name.StartsWith({0}, StringComparison.OrdinalIgnoreCase)", text, v => q => q.Name.StartsWith(v, StringComparison.OrdinalIgnoreCase)),
                };
            case 1:
                return random.Next(4) switch
                {
                    0 => Name("q.Name == {0}", text, v => q => q.Name == v, true),
                    1 => Name("q.Name.Equals({0})", text, v => q => q.Name.Equals(v), true),
                    2 => Name("string.Equals({0}, q.Name)", text, v => q => string.Equals(v, q.Name), true),
                    _ => Name("q.Name != {0}", text, v => q => q.Name != v),
                };
            case 2:
                return random.Next(3) switch
                {
                    0 => Name("q.Name.CompareTo({0}) > 0", text, v => q => q.Name.CompareTo(v) > 0),
                    1 => Name("string.CompareOrdinal(q.Name, {0}) <= 0", text, v => q => string.CompareOrdinal(q.Name, v) <= 0),
                    _ => Name("q.Name.CompareTo({0}) == -1", text, v => q => q.Name.CompareTo(v) == -1),
                };
            case 3:
                return random.Chance(0.5) ? Name("q.Name.EndsWith({0})", text, v => q => q.Name.EndsWith(v)) : Name("q.Name.Contains({0})", text, v => q => q.Name.Contains(v));
            case 4:
                var names = Enumerable.Range(0, random.Next(5)).Select(_ => random.Pick(listing).Name).Append(text).ToArray();
                return new Atom<SqsQueue, string[]>("{0}.Contains(q.Name)", names, v => q => v.Contains(q.Name), Values.Simpler);
            case 5:
                return random.Chance(0.5)
                    ? new Atom<SqsQueue, bool>("q.IsFifo == {0}", random.Chance(0.5), v => q => q.IsFifo == v, Values.None)
                    : Name("q.Url.EndsWith({0})", "/" + text, v => q => q.Url.EndsWith(v));
            case 6:
                return random.Next(3) switch
                {
                    0 => new Atom<SqsQueue, long>("q.ApproximateNumberOfMessages > {0}", random.Next(-1, 4), v => q => q.ApproximateNumberOfMessages > v, Values.Simpler),
                    1 => new Atom<SqsQueue, long>("q.ApproximateNumberOfMessages == {0}", random.Next(4), v => q => q.ApproximateNumberOfMessages == v, Values.Simpler),
                    _ => new Atom<SqsQueue, long>("q.ApproximateNumberOfMessagesDelayed == {0}", 0, v => q => q.ApproximateNumberOfMessagesDelayed == v, Values.None),
                };
            case 7:
                return random.Next(3) switch
                {
                    0 => new Atom<SqsQueue, int>("q.VisibilityTimeout == {0}", random.Pick([0, 30, 60, 120, 43200]), v => q => q.VisibilityTimeout == v, Values.None),
                    1 => new Atom<SqsQueue, int>("q.DelaySeconds > {0}", random.Pick([0, 5, 60]), v => q => q.DelaySeconds > v, Values.Simpler),
                    _ => new Atom<SqsQueue, int>("q.MessageRetentionPeriod >= {0}", random.Pick([60, 86400, 345600]), v => q => q.MessageRetentionPeriod >= v, Values.None),
                };
            case 8:
                return random.Chance(0.5)
                    ? new Atom<SqsQueue, bool>("q.ContentBasedDeduplication == {0}", random.Chance(0.5), v => q => q.ContentBasedDeduplication == v, Values.None)
                    : new Atom<SqsQueue, int>("q.MaximumMessageSize < {0}", 262144, v => q => q.MaximumMessageSize < v, Values.None);
            case 9:
                return Name("q.Arn != null && q.Arn.EndsWith({0})", ":" + name, v => q => q.Arn != null && q.Arn.EndsWith(v));
            case 10:
                var team = random.Pick(SqsQueueData.Teams);
                return new Atom<SqsQueue, string>("q.Tags!.ContainsKey(\"team\") && q.Tags[\"team\"] == {0}", team, v => q => q.Tags!.ContainsKey("team") && q.Tags["team"] == v, Values.None);
            case 11:
                return new Atom<SqsQueue, string>("q.Tags!.ContainsKey({0})", random.Pick(["team", "env", "none"]), v => q => q.Tags!.ContainsKey(v), Values.None);
            default:
                return new Atom<SqsQueue, int>("q.Name.Length > {0}", random.Next(4, 16), v => q => q.Name.Length > v, Values.Simpler);
        }
    }

    protected override Projection<SqsQueue> Projection(Random random, IReadOnlyList<SqsQueue> listing) => random.Next(5) switch
    {
        0 => Projection<SqsQueue>.Of("q.Name", q => q.Name),
        1 => Projection<SqsQueue>.Of("q.ApproximateNumberOfMessages", q => q.ApproximateNumberOfMessages),
        2 => Projection<SqsQueue>.Of("q.VisibilityTimeout", q => q.VisibilityTimeout),
        3 => Projection<SqsQueue>.Of("q.Name.CompareTo(\"orders\")", q => q.Name.CompareTo("orders")),
        _ => Projection<SqsQueue>.Of("q.IsFifo", q => q.IsFifo),
    };

    protected override Predicate<SqsQueue> Scope(Random random, IReadOnlyList<SqsQueue> listing)
    {
        var name = random.Pick(listing).Name;
        return Name("q.Name.StartsWith({0})", name[..Math.Min(name.Length, random.Next(1, 9))], v => q => q.Name.StartsWith(v), true);
    }

    private static Atom<SqsQueue, string> Name(string format, string value, Func<string, Expression<Func<SqsQueue, bool>>> make, bool narrows = false) =>
        new(format, value, make, Values.Simpler) { Narrows = narrows };
}
