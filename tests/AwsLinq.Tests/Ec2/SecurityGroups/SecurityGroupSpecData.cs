using AwsLinq.LocalAws;

namespace AwsLinq.Tests.Ec2.SecurityGroups;

/// <summary>
/// 40 security groups over three VPCs: a default group per VPC, groups open to the world on some ports, groups that
/// reference others, groups with IPv6 rules and groups with no outbound rule, tagged by team.
/// </summary>
public static class SecurityGroupSpecData
{
    public static IReadOnlyList<string> VpcIds { get; } = ["vpc-00000000000000001", "vpc-00000000000000002", "vpc-00000000000000003"];

    public static IReadOnlyList<LocalEc2SecurityGroup> Groups { get; } = Build();

    private static List<LocalEc2SecurityGroup> Build()
    {
        int[] ports = [22, 80, 443, 3306, 5432];
        var groups = new List<LocalEc2SecurityGroup>();
        for (var n = 0; n < 40; n++)
        {
            var id = $"sg-{n + 1:x17}";
            var port = ports[n % ports.Length];
            var ingress = new List<LocalEc2SecurityGroupRule>();
            if (n >= 3)
            {
                ingress.Add(new LocalEc2SecurityGroupRule { FromPort = port, ToPort = port, Cidrs = n % 3 == 0 ? ["0.0.0.0/0"] : ["10.0.0.0/8"], Ipv6Cidrs = n % 8 == 0 ? ["::/0"] : [] });
            }

            if (n % 5 == 4)
            {
                ingress.Add(new LocalEc2SecurityGroupRule { Protocol = "-1", GroupIds = [$"sg-{n % 3 + 1:x17}"] });
            }

            if (n % 7 == 6)
            {
                ingress.Add(new LocalEc2SecurityGroupRule { Protocol = "udp", FromPort = 1000, ToPort = 2000, Cidrs = ["192.168.0.0/16"] });
            }

            groups.Add(new LocalEc2SecurityGroup
            {
                GroupId = id,
                GroupName = n < 3 ? "default" : $"{(n % 2 == 0 ? "web" : "db")}-{n:D2}",
                Description = n < 3 ? "default VPC security group" : $"port {port}",
                VpcId = VpcIds[n % 3],
                Ingress = ingress,
                Egress = n % 6 == 5 ? [] : null,
                Tags = n % 4 == 0 ? new Dictionary<string, string>() : new Dictionary<string, string> { ["team"] = n % 3 == 0 ? "payments" : "search" },
            });
        }

        return groups;
    }
}
