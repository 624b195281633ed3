namespace AwsLinq.LocalAws.Ec2.Resources;

/// <summary>The id errors of the resources other than instances, with the codes of the reference's "Error codes" page.</summary>
internal static class ResourceErrors
{
    /// <summary><c>Invalid id: "x" (expecting "vol-...")</c>, as EC2 words every malformed id.</summary>
    public static Func<string, Ec2ErrorException> Malformed(string code, string prefix) =>
        id => new(400, code, $"Invalid id: \"{id}\" (expecting \"{prefix}-...\")");

    /// <summary>One message for one unknown id, another naming several: <c>The volume 'vol-1' does not exist.</c></summary>
    public static Func<IReadOnlyList<string>, Ec2ErrorException> NotFound(string code, Func<string, string> one, Func<string, string> several) =>
        ids => new(400, code, ids.Count == 1 ? one(ids[0]) : several(string.Join(", ", ids)));
}
