using System.Security.Cryptography;

namespace AwsLinq.LocalAws.Hosting;

/// <summary>Request ids shaped like the ones AWS sends back, so that SDK error messages look familiar.</summary>
internal static class RequestIds
{
    public static string NewRequestId() => Convert.ToHexString(RandomNumberGenerator.GetBytes(8));

    public static string NewHostId() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));
}
