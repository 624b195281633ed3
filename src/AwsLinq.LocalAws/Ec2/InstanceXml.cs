using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;

namespace AwsLinq.LocalAws.Ec2;

/// <summary>
/// Instances and reservations as the reference's Instance and Reservation types put them in XML
/// (<c>reservationSet/item/instancesSet/item</c>). Absent optional fields are left out, as EC2 does; an untagged
/// instance has no <c>tagSet</c>.
/// </summary>
internal static class InstanceXml
{
    /// <summary>The children of a reservation: its id, owner, (empty) security groups and instances.</summary>
    public static object?[] Reservation(ReservationSlice reservation, string? reportedState = null) =>
    [
        Ec2Xml.Element("reservationId", reservation.ReservationId),
        Ec2Xml.Element("ownerId", reservation.OwnerId),
        Ec2Xml.Element("groupSet"),
        Ec2Xml.Set("instancesSet", reservation.Instances.Select(i => Instance(i, reportedState ?? i.State))),
    ];

    public static XElement State(string elementName, string state) =>
        Ec2Xml.Element(elementName, Ec2Xml.Element("code", Ec2Xml.Number(InstanceStates.Code(state))), Ec2Xml.Element("name", state));

    private static object?[] Instance(LocalEc2Instance i, string state) =>
    [
        Ec2Xml.Element("instanceId", i.InstanceId),
        Ec2Xml.Element("imageId", i.ImageId),
        State("instanceState", state),
        Ec2Xml.Element("privateDnsName", i.PrivateDnsName),
        Ec2Xml.Element("dnsName", i.PublicDnsName),
        Ec2Xml.Element("reason"),
        Optional("keyName", i.KeyName),
        Ec2Xml.Element("amiLaunchIndex", Ec2Xml.Number(i.AmiLaunchIndex)),
        Ec2Xml.Element("productCodes"),
        Ec2Xml.Element("instanceType", i.InstanceType),
        Ec2Xml.Element("launchTime", Ec2Xml.Timestamp(i.LaunchTime!.Value)),
        Ec2Xml.Element(
            "placement",
            Ec2Xml.Element("availabilityZone", i.AvailabilityZone),
            Ec2Xml.Element("groupName"),
            Ec2Xml.Element("tenancy", i.Tenancy)),
        Optional("platform", i.Platform),
        Ec2Xml.Element("monitoring", Ec2Xml.Element("state", "disabled")),
        Optional("subnetId", i.SubnetId),
        Optional("vpcId", i.VpcId),
        Optional("privateIpAddress", i.PrivateIpAddress),
        Optional("ipAddress", i.PublicIpAddress),
        Ec2Xml.Element("groupSet"),
        Ec2Xml.Element("architecture", i.Architecture),
        Ec2Xml.Element("rootDeviceType", i.RootDeviceType),
        Ec2Xml.Element("rootDeviceName", IsWindows(i) ? "/dev/sda1" : "/dev/xvda"),
        Ec2Xml.Element("blockDeviceMapping"),
        Ec2Xml.Element("virtualizationType", i.VirtualizationType),
        Optional("instanceLifecycle", i.InstanceLifecycle),
        i.Tags.Count == 0 ? null : Ec2Xml.Set("tagSet", i.Tags.Select(t => new object?[] { Ec2Xml.Element("key", t.Key), Ec2Xml.Element("value", t.Value) })),
        Ec2Xml.Element("hypervisor", i.Hypervisor),
        i.IamInstanceProfileArn is { } arn
            ? Ec2Xml.Element("iamInstanceProfile", Ec2Xml.Element("arn", arn), Ec2Xml.Element("id", ProfileId(arn)))
            : null,
        Ec2Xml.Element("ebsOptimized", Ec2Xml.Boolean(false)),
        Ec2Xml.Element("platformDetails", IsWindows(i) ? "Windows" : "Linux/UNIX"),
    ];

    private static XElement? Optional(string name, string? value) => value is null ? null : Ec2Xml.Element(name, value);

    private static bool IsWindows(LocalEc2Instance i) => string.Equals(i.Platform, "windows", StringComparison.OrdinalIgnoreCase);

    // Instance profile ids are AIPA and 17 upper-case characters; derived from the ARN so that they stay stable.
    private static string ProfileId(string arn) => "AIPA" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(arn)))[..17];
}
