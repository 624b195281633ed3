using Amazon.EC2.Model;
using AwsLinq.Tests.Specification;
using static AwsLinq.Tests.Ec2.Spec<Amazon.EC2.Model.Subnet>;

namespace AwsLinq.Tests.Ec2.Subnets;

/// <summary>The subnet queries AwsLinq must answer exactly as LINQ-to-Objects does over the complete listing.</summary>
public static class SubnetQueries
{
    public static IReadOnlyList<SpecQuery<Subnet>> All { get; } =
    [
        S("all", q => q),
        S("vpc", q => q.Where(s => s.VpcId == SubnetSpecData.VpcIds[2])),
        S("zone", q => q.Where(s => s.AvailabilityZone == "us-east-1b")),
        S("zone id", q => q.Where(s => s.AvailabilityZoneId == "use1-az3")),
        S("public", q => q.Where(s => s.MapPublicIpOnLaunch == true)),
        S("default for zone", q => q.Where(s => s.DefaultForAz == true)),
        S("full", q => q.Where(s => s.AvailableIpAddressCount == 0)),
        S("nearly full in memory", q => q.Where(s => s.AvailableIpAddressCount < 300)),
        S("cidr", q => q.Where(s => s.CidrBlock == "10.1.4.0/24")),
        S("tier", q => q.Where(s => s.Tag("tier") == "private" && s.VpcId == SubnetSpecData.VpcIds[0])),
        S("public in two zones", q => q.Where(s => (s.AvailabilityZone == "us-east-1a" || s.AvailabilityZone == "us-east-1c") && s.MapPublicIpOnLaunch == true)),
        S("largest first", q => q.OrderByDescending(s => s.AvailableIpAddressCount).ThenBy(s => s.SubnetId).Take(6)),
        V("free addresses", q => q.Select(s => s.AvailableIpAddressCount ?? 0).ToList().Sum(), async q => (await q.Select(s => s.AvailableIpAddressCount ?? 0).ToListAsync()).Sum()),
        V("any full", q => q.Any(s => s.AvailableIpAddressCount == 0), q => q.AnyAsync(s => s.AvailableIpAddressCount == 0)),
    ];
}
