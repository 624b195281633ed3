using System.Collections;
using System.Linq.Expressions;
using System.Reflection;

namespace AwsLinq.Tests.Specification;

/// <summary>
/// LINQ-to-Objects over a complete listing, reading string operations the way the translation rules do:
/// StartsWith/EndsWith/IndexOf without a comparison are ordinal, CompareTo/Compare and OrderBy on strings use UTF-8
/// byte order, and a null collection of an SDK model (SDK v4 leaves unsent collections null) is empty for
/// Enumerable operators. Everything else is plain <see cref="EnumerableQuery{T}"/>.
/// </summary>
public static class OracleQueryable
{
    public static IQueryable<T> Over<T>(IEnumerable<T> items) => new Query<T>(new Provider(), Expression.Constant(items.AsQueryable()));

    private sealed class Query<T>(Provider provider, Expression expression) : IOrderedQueryable<T>
    {
        public Type ElementType => typeof(T);
        public Expression Expression => expression;
        public IQueryProvider Provider => provider;
        public IEnumerator<T> GetEnumerator() => provider.Execute<IEnumerable<T>>(expression).GetEnumerator();
        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }

    private sealed class Provider : IQueryProvider
    {
        public IQueryable CreateQuery(Expression expression) => throw new NotSupportedException();
        public IQueryable<TElement> CreateQuery<TElement>(Expression expression) => new Query<TElement>(this, expression);
        public object? Execute(Expression expression) => throw new NotSupportedException();

        public TResult Execute<TResult>(Expression expression)
        {
            var rewritten = new Rules().Visit(expression);
            var root = new EnumerableQuery<int>(Expression.Constant(0)) as IQueryProvider;
            return typeof(TResult).IsGenericType && typeof(TResult).GetGenericTypeDefinition() == typeof(IEnumerable<>)
                ? (TResult)root.CreateQuery(rewritten)
                : root.Execute<TResult>(rewritten);
        }
    }

    private sealed class Rules : ExpressionVisitor
    {
        private static readonly MethodInfo CompareUtf8 = typeof(Utf8Bytes).GetMethod(nameof(Utf8Bytes.Compare))!;

        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            var call = (MethodCallExpression)base.VisitMethodCall(node);
            var m = call.Method;
            if (m.DeclaringType == typeof(string) && m.Name is "StartsWith" or "EndsWith" or "IndexOf" && m.GetParameters() is [{ ParameterType: var p }] && p == typeof(string))
            {
                return Expression.Call(call.Object, typeof(string).GetMethod(m.Name, [typeof(string), typeof(StringComparison)])!, call.Arguments[0], Expression.Constant(StringComparison.Ordinal));
            }

            if (m.DeclaringType == typeof(string) && m.Name == "CompareTo" && m.GetParameters()[0].ParameterType == typeof(string))
            {
                return Expression.Call(CompareUtf8, call.Object!, call.Arguments[0]);
            }

            if (m.DeclaringType == typeof(string) && m.Name == "Compare" && m.GetParameters().Length == 2)
            {
                return Expression.Call(CompareUtf8, call.Arguments[0], call.Arguments[1]);
            }

            if (m.DeclaringType == typeof(Enumerable) && call.Arguments is [MemberExpression { Member.DeclaringType.Namespace: var ns } source, ..]
                && ns?.StartsWith("Amazon.", StringComparison.Ordinal) == true)
            {
                var sequence = m.GetParameters()[0].ParameterType;
                var args = call.Arguments.ToArray();
                args[0] = Expression.Coalesce(Expression.Convert(source, sequence), Expression.Constant(Array.CreateInstance(sequence.GetGenericArguments()[0], 0), sequence));
                return call.Update(null, args);
            }

            if (m.DeclaringType == typeof(Queryable) && m.Name is "OrderBy" or "OrderByDescending" or "ThenBy" or "ThenByDescending"
                && m.GetParameters().Length == 2 && m.GetGenericArguments()[1] == typeof(string))
            {
                var withComparer = typeof(Queryable).GetMethods().Single(x => x.Name == m.Name && x.GetParameters().Length == 3)
                    .MakeGenericMethod(m.GetGenericArguments());
                return Expression.Call(withComparer, call.Arguments[0], call.Arguments[1], Expression.Constant(Utf8Bytes.Comparer, typeof(IComparer<string>)));
            }

            return call;
        }

        protected override Expression VisitConstant(ConstantExpression node) =>
            node.Value is IQueryable { Provider: Provider } query ? query.Expression : node;
    }
}
