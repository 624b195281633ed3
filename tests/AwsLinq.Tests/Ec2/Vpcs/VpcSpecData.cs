using AwsLinq.LocalAws;

namespace AwsLinq.Tests.Ec2.Vpcs;

/// <summary>12 VPCs: one default, the others by environment, some pending, one dedicated, one of another account.</summary>
public static class VpcSpecData
{
    public static IReadOnlyList<LocalEc2Vpc> Vpcs { get; } = [.. Enumerable.Range(0, 12).Select(n => new LocalEc2Vpc
    {
        VpcId = $"vpc-{n + 1:x17}",
        CidrBlock = $"10.{n}.0.0/16",
        IsDefault = n == 0,
        State = n % 5 == 4 ? "pending" : "available",
        InstanceTenancy = n == 7 ? "dedicated" : "default",
        DhcpOptionsId = n % 2 == 0 ? "default" : "dopt-0123456789abcdef0",
        OwnerId = n == 11 ? "444455556666" : LocalEc2.AccountId,
        Tags = n == 0 ? new Dictionary<string, string>() : new Dictionary<string, string> { ["env"] = n % 3 == 0 ? "prod" : "dev", ["Name"] = $"vpc-{n}" },
    })];
}
