using AwsLinq.Cli.Output;

namespace AwsLinq.Cli.Querying;

/// <summary>What a listing command was asked for.</summary>
/// <param name="Query">The query options.</param>
/// <param name="Select">The columns, comma-separated; <see langword="null"/> for the defaults.</param>
/// <param name="Count">Print how many items match instead of the items.</param>
/// <param name="Explain">Print the plan and send nothing.</param>
/// <param name="Output">The format asked for; <see langword="null"/> to decide by the terminal.</param>
internal sealed record ListingRequest(QuerySpec Query, string? Select, bool Count, bool Explain, OutputFormat? Output);
