using Amazon.EC2;
using AwsLinq.Cli.Connection;
using AwsLinq.Cli.Errors;
using AwsLinq.Providers;

namespace AwsLinq.Cli.Querying;

/// <summary><c>--regions</c>: region names, comma-separated, or <c>all</c> for those EC2 DescribeRegions says are enabled.</summary>
internal static class RegionNames
{
    public const string All = "all";

    public static async Task<IReadOnlyList<string>> ResolveAsync(string text, AwsClientFactory aws, CancellationToken cancellationToken)
    {
        if (string.Equals(text.Trim(), All, StringComparison.OrdinalIgnoreCase))
        {
            // Where the account's regions are listed: EC2, through the connection's own endpoint and region.
            using var ec2 = (IAmazonEC2)aws.Create(Ec2Catalog.Service);
            return await ec2.EnabledRegionsAsync(cancellationToken);
        }

        var names = text.Split(',', StringSplitOptions.TrimEntries);
        foreach (var name in names)
        {
            if (!EndpointEntry.IsRegionName(name))
            {
                throw CliException.Usage($"--regions: '{name}' is not a region name; write system names, comma-separated, such as us-east-1,eu-west-1, or {All}.");
            }
        }

        return names.Distinct(StringComparer.Ordinal).Count() == names.Length
            ? names
            : throw CliException.Usage($"--regions: '{names.GroupBy(n => n, StringComparer.Ordinal).First(g => g.Count() > 1).Key}' is named twice; name each region once.");
    }
}
