namespace AwsLinq;

/// <summary>
/// A query over an AWS listing, as the entry points (<c>s3.Objects(bucket)</c>, <c>ec2.Instances()</c>,
/// <c>sqs.Queues()</c>) return it. AwsLinq's operators extend this type, so a chain that starts at an entry
/// point binds to them even where another library, such as EF Core, adds operators of the same names to every
/// <see cref="IQueryable{T}"/>.
/// </summary>
/// <remarks>
/// It is deliberately not an <see cref="IAsyncEnumerable{T}"/>: a type that is both would make every LINQ
/// operator ambiguous between <see cref="Queryable"/> and <c>System.Linq.AsyncEnumerable</c>. It has
/// <see cref="GetAsyncEnumerator"/> so that <c>await foreach</c> runs over it, and
/// <c>AsAsyncEnumerable()</c> hands it to in-memory async LINQ.
/// </remarks>
/// <typeparam name="T">The element type.</typeparam>
public interface IAwsQueryable<out T> : IQueryable<T>
{
    /// <summary>Starts the query: sends the listing requests as the items are read.</summary>
    /// <param name="cancellationToken">Passed to every AWS call.</param>
    /// <returns>An asynchronous enumerator over the results.</returns>
    IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default);
}
