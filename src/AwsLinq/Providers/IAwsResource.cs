using System.Linq.Expressions;
using System.Reflection;
using AwsLinq.Execution;

namespace AwsLinq.Providers;

/// <summary>The untyped view of <see cref="AwsResource{TItem}"/> the planner works with.</summary>
internal interface IAwsResource
{
    string Service { get; }

    string Operation { get; }

    PageSizeRange PageSize { get; }

    Type ItemType { get; }

    /// <summary>The requests a query may have in flight when it does not say (<c>WithDegreeOfParallelism</c>).</summary>
    int DefaultParallelism { get; }

    bool IsNativeOrder(LambdaExpression keySelector);

    string Describe();

    ResourcePlan Translate(IReadOnlyList<LambdaExpression> predicates, IReadOnlySet<MemberInfo> membersRead);
}
