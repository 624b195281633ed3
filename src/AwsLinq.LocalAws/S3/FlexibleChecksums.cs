namespace AwsLinq.LocalAws.S3;

/// <summary>
/// The flexible checksums a writer sends in headers or aws-chunked trailers. S3 keeps them and sends them back on
/// GetObject when the reader asks with <c>x-amz-checksum-mode: ENABLED</c>, which the SDK does by default and
/// then verifies the body against them.
/// </summary>
internal static class FlexibleChecksums
{
    private static readonly string[] Names =
    [
        "x-amz-checksum-crc32", "x-amz-checksum-crc32c", "x-amz-checksum-crc64nvme", "x-amz-checksum-sha1",
        "x-amz-checksum-sha256",
    ];

    public static Dictionary<string, string> Collect(S3Request request, IReadOnlyDictionary<string, string> trailers)
    {
        var checksums = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in Names)
        {
            var value = trailers.GetValueOrDefault(name) ?? request.Header(name);
            if (!string.IsNullOrEmpty(value))
            {
                checksums[name] = value;
            }
        }

        return checksums;
    }

    public static bool Requested(S3Request request) =>
        string.Equals(request.Header("x-amz-checksum-mode"), "ENABLED", StringComparison.OrdinalIgnoreCase);
}
