using System.Linq.Expressions;

namespace AwsLinq.Ec2.Instances;

/// <summary>The instance properties EC2 can filter on, by their path from the instance, with EC2's filter names.</summary>
internal static class Ec2FilterFields
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["InstanceId"] = "instance-id",
        ["InstanceType"] = "instance-type",
        ["State.Name"] = "instance-state-name",
        ["State.Code"] = "instance-state-code",
        ["Placement.Tenancy"] = "tenancy",
        ["Placement.AvailabilityZone"] = "availability-zone",
        ["VpcId"] = "vpc-id",
        ["SubnetId"] = "subnet-id",
        ["ImageId"] = "image-id",
        ["KeyName"] = "key-name",
        ["Architecture"] = "architecture",
        ["Platform"] = "platform",
        ["InstanceLifecycle"] = "instance-lifecycle",
        ["PrivateIpAddress"] = "private-ip-address",
        ["PublicIpAddress"] = "ip-address",
        ["PrivateDnsName"] = "private-dns-name",
        ["PublicDnsName"] = "dns-name",
        ["AmiLaunchIndex"] = "launch-index",
        ["RootDeviceType"] = "root-device-type",
        ["Hypervisor"] = "hypervisor",
        ["VirtualizationType"] = "virtualization-type",
        ["IamInstanceProfile.Arn"] = "iam-instance-profile.arn",
    };

    // Filters that match any of several values an instance has: two ANDed ones cannot be merged into one.
    private static readonly HashSet<string> MultiValued = new(StringComparer.Ordinal) { "tag-key", "tag-value", "private-ip-address", "ip-address" };

    // Filters that match more than the property reads: private-ip-address and ip-address also match secondary
    // addresses, instance-state-code ignores the code's high byte, which EC2 reserves for internal use.
    private static readonly HashSet<string> Broader = new(StringComparer.Ordinal) { "private-ip-address", "ip-address", "instance-state-code" };

    public static bool IsSingleValued(string filterName) => !MultiValued.Contains(filterName);

    public static bool MatchesExactly(string filterName) => !Broader.Contains(filterName);

    /// <summary>The filter name for <paramref name="expression"/>, a property path from <paramref name="item"/>.</summary>
    public static string? FilterFor(Expression expression, ParameterExpression item)
    {
        var path = new List<string>();
        var current = StripConvert(expression);

        // i.InstanceType.Value reads the same value as i.InstanceType.
        if (current is MemberExpression { Member.Name: "Value", Expression: { } owner } && typeof(Amazon.Runtime.ConstantClass).IsAssignableFrom(owner.Type))
        {
            current = owner;
        }

        while (current is MemberExpression member)
        {
            path.Insert(0, member.Member.Name);
            current = member.Expression;
        }

        return current == item && Names.TryGetValue(string.Join('.', path), out var name) ? name : null;
    }

    public static Expression StripConvert(Expression expression) =>
        expression is UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.ConvertChecked } convert ? StripConvert(convert.Operand) : expression;
}
