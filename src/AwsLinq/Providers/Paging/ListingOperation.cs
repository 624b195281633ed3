namespace AwsLinq.Providers;

/// <summary>
/// A paginated SDK operation, declared once per resource: how a request is sent, and where a response holds its
/// items, its next token and its truncation flag. The core pages through it with a fresh request per page, checks
/// every answer, and resumes a failed page from its token.
/// </summary>
/// <typeparam name="TRequest">The SDK request type, for example <c>ListObjectsV2Request</c>.</typeparam>
/// <typeparam name="TResponse">The SDK response type.</typeparam>
/// <typeparam name="TItem">The listing's item type.</typeparam>
public sealed class ListingOperation<TRequest, TResponse, TItem>
    where TRequest : new()
{
    private readonly Func<TRequest, CancellationToken, Task<TResponse>> _send;
    private readonly Func<TResponse, IEnumerable<TItem>?> _items;
    private readonly Func<TResponse, string?> _nextToken;
    private readonly Action<TRequest, string> _setToken;
    private readonly Func<TResponse, bool?>? _isTruncated;
    private readonly Func<TResponse, int>? _otherEntries;

    /// <summary>Declares an operation.</summary>
    /// <param name="send">Sends one request, for example <c>client.ListObjectsV2Async</c>.</param>
    /// <param name="items">The items of a response; <see langword="null"/> (as SDK v4 leaves empty lists) reads as none.</param>
    /// <param name="nextToken">The token of the next page in a response.</param>
    /// <param name="setToken">Puts a token into a request.</param>
    /// <param name="isTruncated">
    /// The response's truncation flag, for operations that have one (S3's <c>IsTruncated</c>); a page that lacks it
    /// is then an error. <see langword="null"/> for operations whose token alone says whether more follow.
    /// </param>
    /// <param name="otherEntries">
    /// How many entries of a response are not items of this listing, for operations that return several kinds (the
    /// objects beside the common prefixes of a folder listing): a page of only those is not an empty page.
    /// </param>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="isTruncated"/> and <paramref name="otherEntries"/> is <see langword="null"/>.</exception>
    public ListingOperation(
        Func<TRequest, CancellationToken, Task<TResponse>> send,
        Func<TResponse, IEnumerable<TItem>?> items,
        Func<TResponse, string?> nextToken,
        Action<TRequest, string> setToken,
        Func<TResponse, bool?>? isTruncated = null,
        Func<TResponse, int>? otherEntries = null)
    {
        ArgumentNullException.ThrowIfNull(send);
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(nextToken);
        ArgumentNullException.ThrowIfNull(setToken);
        _send = send;
        _items = items;
        _nextToken = nextToken;
        _setToken = setToken;
        _isTruncated = isTruncated;
        _otherEntries = otherEntries;
    }

    /// <summary>A listing of this operation with the given request parameters.</summary>
    /// <param name="request">The parameters; they are shown in plans and applied to every page's request.</param>
    /// <returns>The listing.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is <see langword="null"/>.</exception>
    public ListingSegment<TItem> Segment(ListingRequest<TRequest> request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new ListingSegment<TItem>(request.Parameters, new Source(this, request));
    }

    private sealed class Source(ListingOperation<TRequest, TResponse, TItem> operation, ListingRequest<TRequest> request) : IPageSource<TItem>
    {
        public bool HasTruncationFlag => operation._isTruncated is not null;

        public async Task<ResourcePage<TItem>> FetchAsync(string? token, CancellationToken cancellationToken)
        {
            // A new request for every page: nothing the SDK writes into one can leak into the next, or a retry.
            var sdkRequest = request.Create();
            if (token is not null)
            {
                operation._setToken(sdkRequest, token);
            }

            var response = await operation._send(sdkRequest, cancellationToken).ConfigureAwait(false);
            var items = operation._items(response) switch
            {
                null => [],
                IReadOnlyList<TItem> list => list,
                var sequence => sequence.ToList(),
            };
            return new ResourcePage<TItem>(items, operation._nextToken(response), operation._isTruncated?.Invoke(response))
            {
                OtherEntries = operation._otherEntries?.Invoke(response) ?? 0,
            };
        }
    }
}
