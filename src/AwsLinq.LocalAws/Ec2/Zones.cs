using System.Text;

namespace AwsLinq.LocalAws.Ec2;

/// <summary>
/// The Availability Zones of a region as the endpoint reports them: <c>a</c>, <c>b</c> and <c>c</c> (<c>a</c> to
/// <c>f</c> in us-east-1), with zone ids formed as EC2 forms them (<c>use1-az1</c>). EC2 maps zone names to ids per
/// account; here the mapping is fixed.
/// </summary>
internal static class Zones
{
    public static IReadOnlyList<(string Name, string Id)> Of(string region) =>
        Enumerable.Range(0, region == "us-east-1" ? 6 : 3).Select(n => (region + (char)('a' + n), $"{Abbreviation(region)}-az{n + 1}")).ToList();

    /// <summary>The zone id of a zone of the region, or <see langword="null"/> when the region has no such zone.</summary>
    public static string? IdOf(string region, string zone) => Of(region).FirstOrDefault(z => z.Name == zone).Id;

    // us-east-1 is use1, eu-central-1 euc1, ap-southeast-2 apse2.
    private static string Abbreviation(string region)
    {
        var parts = region.Split('-');
        if (parts.Length != 3)
        {
            return region;
        }

        var direction = new StringBuilder();
        foreach (var word in new[] { "north", "south", "east", "west", "central" })
        {
            if (parts[1].Contains(word, StringComparison.Ordinal))
            {
                direction.Append(word[0]);
            }
        }

        return parts[0] + direction + parts[2];
    }
}
