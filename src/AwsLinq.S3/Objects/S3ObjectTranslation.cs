using System.Globalization;
using System.Linq.Expressions;
using Amazon.S3;
using Amazon.S3.Model;

namespace AwsLinq.S3.Objects;

/// <summary>The <c>ListObjectsV2</c> requests of one object query: one listing per key span.</summary>
internal sealed class S3ObjectTranslation(
    S3ObjectResource resource, KeySet keys, KeyBounds bounds, bool fetchOwner, Pushdown[] pushdown, ParameterExpression item)
    : ResourceTranslation<S3Object>(pushdown)
{
    private readonly Expression<Func<S3Object, bool>>? _stopWhen = bounds.StopWhen(item);

    public override Expression<Func<S3Object, bool>>? StopWhen => _stopWhen;

    public override IReadOnlyList<ListingSegment<S3Object>> CreateSegments(ListingLimits limits)
    {
        var segments = new List<ListingSegment<S3Object>>();
        var startAfter = bounds.StartAfter;
        foreach (var span in keys.Spans)
        {
            if (startAfter is not null && Utf8Comparer.Instance.Compare(startAfter, span.Start) >= 0
                && !(span.IsPrefix && startAfter.StartsWith(span.Start, StringComparison.Ordinal)))
            {
                // Every key of this span sorts at or before StartAfter.
                continue;
            }

            var spanStartAfter = startAfter is not null && span.IsPrefix && startAfter.StartsWith(span.Start, StringComparison.Ordinal) ? startAfter : null;
            var maxKeys = span.IsPrefix ? resource.PageSize.For(limits) : 1;
            segments.Add(Segment(span, spanStartAfter, maxKeys));
        }

        return segments;
    }

    private ListingSegment<S3Object> Segment(KeySpan span, string? startAfter, int? maxKeys)
    {
        var parameters = new List<KeyValuePair<string, string>> { new("Bucket", resource.BucketName) };
        Add(parameters, "Prefix", span.Start.Length > 0 ? span.Start : null);
        Add(parameters, "StartAfter", startAfter);
        Add(parameters, "MaxKeys", maxKeys?.ToString(CultureInfo.InvariantCulture));
        Add(parameters, "FetchOwner", fetchOwner ? "true" : null);

        return new ListingSegment<S3Object>(parameters, cancellationToken => Pages(span.Start, startAfter, maxKeys, cancellationToken))
        {
            MaxItems = span.IsPrefix ? null : 1,
            Accept = span.IsPrefix ? null : o => string.Equals(o.Key, span.Start, StringComparison.Ordinal),
        };
    }

    private async IAsyncEnumerable<ResourcePage<S3Object>> Pages(
        string prefix, string? startAfter, int? maxKeys, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // A new request for every execution: the paginator writes the continuation token back into it.
        var request = new ListObjectsV2Request
        {
            BucketName = resource.BucketName,
            Prefix = prefix.Length > 0 ? prefix : null,
            StartAfter = startAfter,
            MaxKeys = maxKeys,
            FetchOwner = fetchOwner ? true : null,
        };
        var responses = resource.Client.Paginators.ListObjectsV2(request).Responses;
        await foreach (var response in responses.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return new ResourcePage<S3Object>(response.S3Objects ?? [], response.NextContinuationToken, response.IsTruncated ?? false);
        }
    }

    private static void Add(List<KeyValuePair<string, string>> parameters, string name, string? value)
    {
        if (value is not null)
        {
            parameters.Add(new(name, value));
        }
    }
}
