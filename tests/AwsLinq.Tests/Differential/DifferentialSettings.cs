using System.Globalization;

namespace AwsLinq.Tests.Differential;

/// <summary>
/// The seed and size of a differential run. Each run draws a new seed unless <c>AWSLINQ_DIFFTEST_SEED</c>
/// replays one; <c>AWSLINQ_DIFFTEST_QUERIES</c> sets the number of queries per resource for a longer campaign.
/// </summary>
internal static class DifferentialSettings
{
    public const string SeedVariable = "AWSLINQ_DIFFTEST_SEED";
    public const string QueriesVariable = "AWSLINQ_DIFFTEST_QUERIES";

    public static int Seed { get; } = Read(SeedVariable) ?? Random.Shared.Next();

    public static int Queries(int byDefault) => Read(QueriesVariable) ?? byDefault;

    private static int? Read(string variable) =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } text ? int.Parse(text, CultureInfo.InvariantCulture) : null;
}
