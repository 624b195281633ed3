using System.Linq.Expressions;
using System.Reflection;
using Amazon.SQS;

namespace AwsLinq.Sqs.Queues;

/// <summary>The account's queues, listed with <c>ListQueues</c>.</summary>
internal sealed class SqsQueueResource(IAmazonSQS client, int maxConcurrency)
    : AwsResource<SqsQueue>("SQS", "ListQueues", new PageSizeRange("MaxResults", 1, 1000))
{
    private static readonly PropertyInfo NameProperty = typeof(SqsQueue).GetProperty(nameof(SqsQueue.Name))!;

    public IAmazonSQS Client { get; } = client;

    public int MaxConcurrency { get; } = maxConcurrency;

    public override ResourceTranslation<SqsQueue> Translate(ResourceQuery<SqsQueue> query)
    {
        string? prefix = null;
        var conflict = false;
        var pushdown = new Pushdown[query.Predicates.Count];
        for (var i = 0; i < pushdown.Length; i++)
        {
            var predicate = query.Predicates[i];
            if (StringPredicate.Match(predicate.Body, predicate.Parameters[0], NameProperty) is { Kind: StringPredicateKind.StartsWith or StringPredicateKind.Equals } name)
            {
                conflict |= prefix is not null && !name.Value.StartsWith(prefix, StringComparison.Ordinal) && !prefix.StartsWith(name.Value, StringComparison.Ordinal);
                prefix = prefix is null || name.Value.Length > prefix.Length ? name.Value : prefix;

                // A name is listed as the prefix it is, then re-checked.
                pushdown[i] = name.Kind == StringPredicateKind.StartsWith ? Pushdown.Exact : Pushdown.Superset;
            }
            else
            {
                pushdown[i] = Pushdown.None;
            }
        }

        var attributes = QueueAttributes.ByProperty.Where(a => query.Reads(a.Key)).Select(a => a.Value).ToArray();
        var readsTags = query.Reads(QueueAttributes.Tags);
        var details = attributes.Length > 0 || readsTags ? new QueueDetailsReader(Client, attributes, readsTags) : null;
        var needsDetails = query.Predicates.Select(p => ReadsDetails(p)).ToArray();
        return new SqsQueueTranslation(this, conflict, prefix, details, needsDetails, pushdown);
    }

    public override string Describe() => "SQS ListQueues";

    private static bool ReadsDetails(Expression predicate)
    {
        var finder = new MemberFinder();
        finder.Visit(predicate);
        return finder.Found;
    }

    private sealed class MemberFinder : ExpressionVisitor
    {
        public bool Found { get; private set; }

        protected override Expression VisitMember(MemberExpression node)
        {
            Found |= node.Member is PropertyInfo p && (QueueAttributes.ByProperty.ContainsKey(p) || p == QueueAttributes.Tags);
            return base.VisitMember(node);
        }
    }
}
