namespace AwsLinq.LocalAws.Ec2.Regions;

/// <summary>
/// The regions DescribeRegions reports: those every account has, and a few that an account must opt in to, which
/// are listed only with <c>AllRegions</c> (as <c>not-opted-in</c>). The endpoint's own region is always enabled.
/// </summary>
internal static class RegionList
{
    private static readonly string[] Standard =
    [
        "us-east-1", "us-east-2", "us-west-1", "us-west-2", "ca-central-1", "sa-east-1", "eu-west-1", "eu-west-2", "eu-west-3",
        "eu-central-1", "eu-north-1", "ap-south-1", "ap-northeast-1", "ap-northeast-2", "ap-northeast-3", "ap-southeast-1", "ap-southeast-2",
    ];

    private static readonly string[] OptIn = ["af-south-1", "ap-east-1", "eu-south-1", "me-south-1"];

    public static IReadOnlyList<(string Name, string OptInStatus)> For(string region) =>
    [
        .. Standard.Select(r => (r, "opt-in-not-required")),
        .. OptIn.Select(r => (r, r == region ? "opted-in" : "not-opted-in")),
        .. Standard.Contains(region) || OptIn.Contains(region) ? [] : new[] { (region, "opt-in-not-required") },
    ];

    public static string Endpoint(string region) => $"ec2.{region}.amazonaws.com";
}
