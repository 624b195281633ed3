using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace AwsLinq.LocalAws.Ec2;

/// <summary>Resource ids shaped as EC2 makes them: a prefix, a dash, and 8 (older) or 17 lower-case hex digits.</summary>
internal static partial class InstanceIds
{
    public static bool IsWellFormed(string id) => WellFormed().IsMatch(id);

    public static string NewInstanceId() => "i-" + Hex17();

    public static string NewReservationId() => "r-" + Hex17();

    private static string Hex17() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(9))[..17];

    [GeneratedRegex("^i-(?:[0-9a-f]{8}|[0-9a-f]{17})$", RegexOptions.CultureInvariant)]
    private static partial Regex WellFormed();
}
