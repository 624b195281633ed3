using System.Security.Cryptography;

namespace AwsLinq.LocalAws.Ec2.Resources;

/// <summary>Ids shaped as EC2 makes them: a prefix, a dash, and 8 (older) or 17 lower-case hex digits.</summary>
internal static class ResourceIds
{
    public static string New(string prefix) => prefix + "-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(9))[..17];

    public static bool IsWellFormed(string prefix, string id)
    {
        if (id.Length != prefix.Length + 9 && id.Length != prefix.Length + 18)
        {
            return false;
        }

        return id.StartsWith(prefix, StringComparison.Ordinal) && id[prefix.Length] == '-' && id.AsSpan(prefix.Length + 1).IndexOfAnyExcept("0123456789abcdef") < 0;
    }
}
