namespace AwsLinq.Cli.Querying;

/// <summary>The AWS CLI's client-side paging: how many items to print, and where the previous run stopped.</summary>
/// <param name="MaxItems">The most items to print; <see langword="null"/> for all.</param>
/// <param name="StartingToken">The token printed by the previous run; <see langword="null"/> to start at the beginning.</param>
internal sealed record ListingPage(int? MaxItems, string? StartingToken)
{
    public bool IsPaged => MaxItems is not null || StartingToken is not null;
}
