using System.Globalization;

namespace AwsLinq.LocalAws.Ec2;

/// <summary>
/// Completes an instance given with gaps the way EC2 would have filled them: an id, the zone, a private address and
/// the DNS names EC2 derives from addresses, the launch time in whole UTC seconds, and a private copy of the tags.
/// </summary>
internal static class InstanceDefaults
{
    /// <exception cref="ArgumentException">The state is unknown or the id malformed.</exception>
    public static LocalEc2Instance Complete(LocalEc2Instance instance, string id, string region, long ordinal, DateTimeOffset now)
    {
        if (!InstanceStates.IsKnown(instance.State))
        {
            throw new ArgumentException(
                $"Instance state '{instance.State}' is not one EC2 reports; use one of {InstanceStates.Names}.", "reservations");
        }

        if (!InstanceIds.IsWellFormed(id))
        {
            throw new ArgumentException($"Instance id '{id}' is malformed: expected 'i-' and 8 or 17 lower-case hex digits.", "reservations");
        }

        ArgumentNullException.ThrowIfNull(instance.Tags, "reservations");
        var privateIp = instance.PrivateIpAddress ?? PrivateAddress(ordinal);
        var launched = (instance.LaunchTime ?? now).ToUniversalTime();
        return instance with
        {
            InstanceId = id,
            AvailabilityZone = instance.AvailabilityZone ?? region + "a",
            PrivateIpAddress = privateIp,
            PrivateDnsName = instance.PrivateDnsName ?? PrivateDnsName(privateIp, region),
            PublicDnsName = instance.PublicDnsName ?? (instance.PublicIpAddress is { } ip ? PublicDnsName(ip, region) : null),
            LaunchTime = new DateTimeOffset(launched.Ticks - (launched.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero),
            Tags = new Dictionary<string, string>(instance.Tags, StringComparer.Ordinal).AsReadOnly(),
        };
    }

    // Skips 10.0.0.0 to 10.0.0.3, which a VPC reserves, so the first instance gets 10.0.0.4.
    private static string PrivateAddress(long ordinal)
    {
        var n = (ordinal + 4) % (1 << 24);
        return string.Create(CultureInfo.InvariantCulture, $"10.{(n >> 16) & 255}.{(n >> 8) & 255}.{n & 255}");
    }

    // EC2's naming: ip-10-0-0-4.ec2.internal in us-east-1, ip-10-0-0-4.eu-west-1.compute.internal elsewhere.
    private static string PrivateDnsName(string address, string region) =>
        "ip-" + address.Replace('.', '-') + (IsUsEast1(region) ? ".ec2.internal" : $".{region}.compute.internal");

    // ec2-203-0-113-25.compute-1.amazonaws.com in us-east-1, ec2-....eu-west-1.compute.amazonaws.com elsewhere.
    private static string PublicDnsName(string address, string region) =>
        "ec2-" + address.Replace('.', '-') + (IsUsEast1(region) ? ".compute-1.amazonaws.com" : $".{region}.compute.amazonaws.com");

    private static bool IsUsEast1(string region) => string.Equals(region, "us-east-1", StringComparison.Ordinal);
}
