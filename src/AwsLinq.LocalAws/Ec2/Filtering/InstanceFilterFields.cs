using System.Collections.Frozen;
using System.Globalization;

namespace AwsLinq.LocalAws.Ec2.Filtering;

/// <summary>
/// The <c>DescribeInstances</c> filters the endpoint understands, named as the reference names them, each with the
/// instance field it reads. An instance without the field (no key pair, no public address) matches no value.
/// </summary>
internal static class InstanceFilterFields
{
    private const string TagPrefix = "tag:";

    private static readonly FrozenDictionary<string, Func<LocalEc2Instance, string?>> Scalars =
        new Dictionary<string, Func<LocalEc2Instance, string?>>(StringComparer.Ordinal)
        {
            ["instance-id"] = i => i.InstanceId,
            ["instance-type"] = i => i.InstanceType,
            ["instance-state-name"] = i => i.State,
            ["instance-state-code"] = i => InstanceStates.Code(i.State).ToString(CultureInfo.InvariantCulture),
            ["tenancy"] = i => i.Tenancy,
            ["vpc-id"] = i => i.VpcId,
            ["subnet-id"] = i => i.SubnetId,
            ["image-id"] = i => i.ImageId,
            ["key-name"] = i => i.KeyName,
            ["availability-zone"] = i => i.AvailabilityZone,
            ["architecture"] = i => i.Architecture,
            ["platform"] = i => i.Platform,
            ["instance-lifecycle"] = i => i.InstanceLifecycle,
            ["private-ip-address"] = i => i.PrivateIpAddress,
            ["ip-address"] = i => i.PublicIpAddress,
            ["private-dns-name"] = i => i.PrivateDnsName,
            ["dns-name"] = i => i.PublicDnsName,
            ["launch-index"] = i => i.AmiLaunchIndex.ToString(CultureInfo.InvariantCulture),
            ["root-device-type"] = i => i.RootDeviceType,
            ["hypervisor"] = i => i.Hypervisor,
            ["virtualization-type"] = i => i.VirtualizationType,
            ["iam-instance-profile.arn"] = i => i.IamInstanceProfileArn,
        }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Returns the values a filter of this name tests, or <see langword="null"/> when EC2 has no such filter here.</summary>
    public static Func<LocalEc2Instance, IEnumerable<string>>? Values(string filterName)
    {
        if (Scalars.TryGetValue(filterName, out var field))
        {
            return i => field(i) is { } value ? [value] : [];
        }

        if (filterName.StartsWith(TagPrefix, StringComparison.Ordinal) && filterName.Length > TagPrefix.Length)
        {
            // tag:<key> matches the value of the tag with exactly that key.
            var key = filterName[TagPrefix.Length..];
            return i => i.Tags.TryGetValue(key, out var value) ? [value] : [];
        }

        return filterName switch
        {
            "tag-key" => i => i.Tags.Keys,
            "tag-value" => i => i.Tags.Values,
            _ => null,
        };
    }
}
