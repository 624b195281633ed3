namespace AwsLinq.Cli.Querying;

/// <summary>What a listing command was asked for.</summary>
/// <param name="Query">The query options.</param>
/// <param name="Select">The columns, comma-separated; <see langword="null"/> for the defaults.</param>
/// <param name="Count">Print how many items match instead of the items.</param>
/// <param name="Explain">Print the plan and send nothing.</param>
/// <param name="Page">Which part of the listing to print: <c>--max-items</c> and <c>--starting-token</c>.</param>
/// <param name="RawCsv">Write CSV cells without neutralizing formulas.</param>
/// <param name="Regions">The regions to list at once (<c>--regions</c>): names, comma-separated, or <c>all</c>.</param>
internal sealed record ListingRequest(QuerySpec Query, string? Select, bool Count, bool Explain, ListingPage Page, bool RawCsv, string? Regions = null);
