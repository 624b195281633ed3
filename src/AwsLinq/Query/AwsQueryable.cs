using System.Collections;
using System.Linq.Expressions;
using AwsLinq.Execution;

namespace AwsLinq.Query;

/// <summary>
/// A query over an AWS listing. Enumerating it synchronously blocks on the AWS SDK's asynchronous calls.
/// </summary>
internal sealed class AwsQueryable<T> : IOrderedAwsQueryable<T>, IAsyncEnumerable<T>
{
    public AwsQueryable(AwsQueryProvider provider, Expression? expression = null)
    {
        Provider = provider;
        Expression = expression ?? Expression.Constant(this);
    }

    public Type ElementType => typeof(T);

    public Expression Expression { get; }

    public AwsQueryProvider Provider { get; }

    IQueryProvider IQueryable.Provider => Provider;

    public IEnumerator<T> GetEnumerator() => Blocking.Enumerate(Provider.Stream<T>(Expression, CancellationToken.None));

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default) =>
        Provider.Stream<T>(Expression, cancellationToken).GetAsyncEnumerator(cancellationToken);

    public override string ToString() => Provider.Resource.Describe();
}
