using System.Linq.Expressions;
using Amazon.S3.Model;

namespace AwsLinq.S3.Objects;

/// <summary>
/// Takes the predicates that read nothing of an object but its bucket (<c>o.BucketName == "logs"</c>): they pick the
/// buckets to list, so a bucket they rule out is not asked at all, and the others' objects all pass them.
/// </summary>
internal sealed class BucketPicker(IReadOnlyList<string> buckets) : IPredicatePushdown
{
    private readonly List<Func<S3Object, bool>> _tests = [];

    /// <summary>Gets the buckets every predicate taken accepts, in the order given.</summary>
    public IReadOnlyList<string> Picked => [.. buckets.Where(b => _tests.All(test => test(new S3Object { BucketName = b })))];

    public Pushdown? TryAdd(Expression predicate, ParameterExpression item)
    {
        var reads = new BucketReads(item);
        reads.Visit(predicate);
        if (!reads.OnlyBucket)
        {
            return null;
        }

        _tests.Add(Expression.Lambda<Func<S3Object, bool>>(predicate, item).Compile());
        return Pushdown.Exact;
    }

    // Whether the predicate reads the item, and only through its BucketName, with nothing but equality and
    // membership: string methods such as StartsWith or CompareTo run in memory instead, where they compare as S3 does.
    private sealed class BucketReads(ParameterExpression item) : ExpressionVisitor
    {
        private bool _bucket;
        private bool _other;

        public bool OnlyBucket => _bucket && !_other;

        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            _other |= node.Method.Name is not (nameof(Enumerable.Contains) or nameof(string.Equals))
                || (node.Method.DeclaringType == typeof(string) && node.Arguments.Any(a => a.Type == typeof(StringComparison)));
            return base.VisitMethodCall(node);
        }

        protected override Expression VisitMember(MemberExpression node)
        {
            if (node.Expression == item && node.Member.Name == nameof(S3Object.BucketName))
            {
                _bucket = true;
                return node;
            }

            return base.VisitMember(node);
        }

        protected override Expression VisitParameter(ParameterExpression node)
        {
            _other |= node == item;
            return node;
        }
    }
}
