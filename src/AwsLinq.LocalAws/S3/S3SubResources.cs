using System.Collections.Frozen;

namespace AwsLinq.LocalAws.S3;

/// <summary>
/// The query parameters that select another operation on the same path, as the SigV4 reference lists S3's
/// sub-resources (<c>?acl</c>, <c>?tagging</c>, <c>?uploads</c>...). <c>versionId</c> and <c>partNumber</c> are not
/// among them here: they narrow GetObject or DeleteObject rather than select another operation.
/// </summary>
internal static class S3SubResources
{
    private static readonly FrozenSet<string> Names = new[]
    {
        "accelerate", "acl", "analytics", "attributes", "cors", "delete", "encryption", "intelligent-tiering", "inventory",
        "legal-hold", "lifecycle", "list-type", "location", "logging", "metadataTable", "metrics", "notification",
        "object-lock", "ownershipControls", "policy", "policyStatus", "publicAccessBlock", "rename", "replication",
        "requestPayment", "restore", "retention", "select", "session", "tagging", "torrent", "uploadId", "uploads",
        "versioning", "versions", "website",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static bool Selects(string queryParameter) => Names.Contains(queryParameter);
}
