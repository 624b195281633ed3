namespace AwsLinq.Providers;

/// <summary>Fetches one page of a listing from its token; the core's page loop owns the paging.</summary>
internal interface IPageSource<TItem>
{
    /// <summary>Whether the operation answers with a truncation flag; a page without it is then broken.</summary>
    bool HasTruncationFlag { get; }

    /// <summary>Sends a fresh request for the page at <paramref name="token"/> (the first page when <see langword="null"/>).</summary>
    Task<ResourcePage<TItem>> FetchAsync(string? token, CancellationToken cancellationToken);
}
