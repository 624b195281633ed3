namespace AwsLinq;

/// <summary>An AwsLinq query after <c>OrderBy</c> or <c>OrderByDescending</c>, which <c>ThenBy</c> extends.</summary>
/// <typeparam name="T">The element type.</typeparam>
public interface IOrderedAwsQueryable<out T> : IAwsQueryable<T>, IOrderedQueryable<T>;
