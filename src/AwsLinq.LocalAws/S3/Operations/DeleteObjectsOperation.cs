using System.Globalization;
using System.Xml.Linq;
using AwsLinq.LocalAws.Hosting;
using Microsoft.AspNetCore.Http;

namespace AwsLinq.LocalAws.S3.Operations;

/// <summary>
/// <c>POST /bucket?delete</c>: deletes up to 1,000 keys and reports each as Deleted or Error. In quiet mode only the
/// errors come back. A key that does not exist counts as deleted, as in S3. An object's <c>VersionId</c> deletes that
/// version, as DeleteObject does.
/// </summary>
internal sealed class DeleteObjectsOperation(LocalS3 s3) : S3Operation(s3)
{
    /// <summary>What <see cref="LocalFault.ErrorForUnsentKey"/> appends to the first key to name one that was not sent.</summary>
    public const string UnsentSuffix = ".unsent";

    private const int MaxKeys = 1000;

    public override string Name => "DeleteObjects";

    public override S3Route Route { get; } = S3Route.Bucket(HttpMethods.Post, "delete");

    public override async Task<ServiceResponse> ExecuteAsync(S3Request request)
    {
        var bucket = RequireBucket(request);
        var (quiet, objects) = Parse(await request.ReadBodyAsync().ConfigureAwait(false), request.Logged);
        var faults = request.Faults;
        if (faults.Has(LocalFault.EmptyBody))
        {
            return new ServiceResponse(200) { ContentType = "application/xml" };
        }

        if (faults.Has(LocalFault.UnparsableBody))
        {
            return new ServiceResponse(200) { ContentType = "application/xml", Body = ResponseBody.FromBytes("<DeleteResult><Deleted><Key>"u8.ToArray()) };
        }

        var keys = objects.ConvertAll(o => o.Key);
        var denied = S3.Faults.DeniedDeleteKeys;
        var failedTwice = faults.Has(LocalFault.ErrorForKeyTwice) ? keys[0] : null;
        var results = new List<XElement>(keys.Count + 1);
        foreach (var (key, versionId) in objects)
        {
            if (versionId is not null && !VersionIds.IsWellFormed(versionId))
            {
                results.Add(Error(key, "NoSuchVersion", "The specified version does not exist.", versionId));
                continue;
            }

            if (denied.Contains(key))
            {
                results.Add(Error(key, "AccessDenied", "Access Denied", versionId));
                continue;
            }

            if (string.Equals(key, failedTwice, StringComparison.Ordinal))
            {
                results.Add(Error(key, "InternalError", "We encountered an internal error. Please try again."));
                results.Add(Error(key, "InternalError", "We encountered an internal error. Please try again."));
                failedTwice = null;
                continue;
            }

            var (deletedVersion, marker) = DeleteObjectOperation.Delete(S3, bucket, key, versionId);
            if (!quiet)
            {
                results.Add(S3Xml.Element(
                    "Deleted",
                    S3Xml.Element("Key", key),
                    versionId is null ? null : S3Xml.Element("VersionId", versionId),
                    marker ? S3Xml.Element("DeleteMarker", "true") : null,
                    marker ? S3Xml.Element("DeleteMarkerVersionId", deletedVersion) : null));
            }
        }

        if (faults.Has(LocalFault.ErrorForUnsentKey))
        {
            results.Add(Error(keys[0] + UnsentSuffix, "InternalError", "We encountered an internal error. Please try again."));
        }

        return S3Xml.Response(S3Xml.Element("DeleteResult", results));
    }

    private static XElement Error(string key, string code, string message, string? versionId = null) =>
        S3Xml.Element(
            "Error",
            S3Xml.Element("Key", key),
            versionId is null ? null : S3Xml.Element("VersionId", versionId),
            S3Xml.Element("Code", code),
            S3Xml.Element("Message", message));

    private static (bool Quiet, List<(string Key, string? VersionId)> Objects) Parse(byte[] body, Dictionary<string, string> logged)
    {
        var root = S3Xml.ParseBody(body);

        var quietText = Child(root, "Quiet")?.Value.Trim();
        var keys = root.Elements()
            .Where(e => e.Name.LocalName == "Object")
            .Select(o => (Child(o, "Key")?.Value ?? throw S3Errors.MalformedXml(), Child(o, "VersionId")?.Value))
            .ToList();
        if (quietText is not null)
        {
            logged["Quiet"] = quietText;
        }

        logged["ObjectCount"] = keys.Count.ToString(CultureInfo.InvariantCulture);
        if (root.Name.LocalName != "Delete" || keys.Count is 0 or > MaxKeys)
        {
            throw S3Errors.MalformedXml();
        }

        return (string.Equals(quietText, "true", StringComparison.OrdinalIgnoreCase), keys);
    }

    private static XElement? Child(XElement parent, string localName) =>
        parent.Elements().FirstOrDefault(e => e.Name.LocalName == localName);
}
