namespace AwsLinq.LocalAws.S3;

/// <summary>
/// ETags for seeded objects that were given none. The SDK checks a plain MD5 ETag against the bytes GetObject
/// returns, and skips multipart-style ETags (with a dash), so a content-less object gets one of that form.
/// It is a cheap hash of the key rather than MD5 so that seeding 100,000 objects stays fast; it is stable
/// across runs.
/// </summary>
internal static class DerivedETags
{
    private const ulong Prime = 0x100000001b3;

    public static string ForKey(string key) =>
        $"\"{Fnv1A(key, 0xcbf29ce484222325):x16}{Fnv1A(key, 0x84222325cbf29ce4):x16}-1\"";

    private static ulong Fnv1A(string key, ulong hash)
    {
        foreach (var c in key)
        {
            hash = (hash ^ (c & 0xFFu)) * Prime;
            hash = (hash ^ (uint)(c >> 8)) * Prime;
        }

        return hash;
    }
}
