namespace AwsLinq.S3.Keys;

/// <summary>
/// Where one key-paged S3 operation keeps its parameters and markers in the SDK's types, so that
/// <see cref="KeyedResource{TItem, TRequest, TResponse}"/> builds its requests and follows its pages alike for every
/// such listing.
/// </summary>
/// <typeparam name="TRequest">The SDK request type.</typeparam>
/// <typeparam name="TResponse">The SDK response type.</typeparam>
/// <typeparam name="TItem">The listing's item type.</typeparam>
internal sealed class KeyedListing<TRequest, TResponse, TItem>
{
    public required Func<TRequest, CancellationToken, Task<TResponse>> Send { get; init; }

    public required Func<TResponse, IEnumerable<TItem>?> Items { get; init; }

    public required Func<TResponse, bool?> IsTruncated { get; init; }

    public required Func<TResponse, string?> NextKeyMarker { get; init; }

    /// <summary>Gets the second marker of a response: the version or upload id of its last item.</summary>
    public required Func<TResponse, string?> NextIdMarker { get; init; }

    public required Action<TRequest, string> Bucket { get; init; }

    public required Action<TRequest, string> Prefix { get; init; }

    public required Action<TRequest, string> KeyMarker { get; init; }

    public required Action<TRequest, string?> IdMarker { get; init; }

    public required Action<TRequest, int> PageSize { get; init; }
}
