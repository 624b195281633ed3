namespace AwsLinq.LocalAws.S3;

/// <summary>The S3 errors the endpoint answers with, with the codes, statuses and messages S3 uses.</summary>
internal static class S3Errors
{
    public static S3ErrorException NoSuchBucket(string bucket) =>
        new(404, "NoSuchBucket", "The specified bucket does not exist", ("BucketName", bucket));

    public static S3ErrorException NoSuchKey(string key) =>
        new(404, "NoSuchKey", "The specified key does not exist.", ("Key", key));

    public static S3ErrorException InvalidArgument(string message, string argumentName, string argumentValue) =>
        new(400, "InvalidArgument", message, ("ArgumentName", argumentName), ("ArgumentValue", argumentValue));

    public static S3ErrorException InvalidBucketName(string bucket) =>
        new(400, "InvalidBucketName", "The specified bucket is not valid.", ("BucketName", bucket));

    public static S3ErrorException BucketAlreadyOwnedByYou(string bucket) =>
        new(409, "BucketAlreadyOwnedByYou",
            "Your previous request to create the named bucket succeeded and you already own it.", ("BucketName", bucket));

    public static S3ErrorException BucketNotEmpty(string bucket) =>
        new(409, "BucketNotEmpty", "The bucket you tried to delete is not empty", ("BucketName", bucket));

    public static S3ErrorException KeyTooLong() =>
        new(400, "KeyTooLongError", "Your key is too long");

    public static S3ErrorException AccessDenied() => new(403, "AccessDenied", "Access Denied");

    public static S3ErrorException MalformedXml() =>
        new(400, "MalformedXML",
            "The XML you provided was not well-formed or did not validate against our published schema");

    public static S3ErrorException IncompleteBody() =>
        new(400, "IncompleteBody", "You did not provide the number of bytes specified by the Content-Length HTTP header.");

    public static S3ErrorException InvalidRange(long size) =>
        new(416, "InvalidRange", "The requested range is not satisfiable", ("ActualObjectSize", size.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    public static S3ErrorException NoSuchUpload(string uploadId) =>
        new(404, "NoSuchUpload",
            "The specified upload does not exist. The upload ID may be invalid, or the upload may have been aborted or completed.",
            ("UploadId", uploadId));

    public static S3ErrorException InvalidPart(string uploadId, int partNumber, string etag) =>
        new(400, "InvalidPart",
            "One or more of the specified parts could not be found.  The part may not have been uploaded, or the specified entity tag may not match the part's entity tag.",
            ("UploadId", uploadId), ("PartNumber", Number(partNumber)), ("ETag", etag));

    public static S3ErrorException InvalidPartOrder(string uploadId) =>
        new(400, "InvalidPartOrder", "The list of parts was not in ascending order. Parts must be ordered by part number.", ("UploadId", uploadId));

    public static S3ErrorException EntityTooSmall(long size, int partNumber, string etag) =>
        new(400, "EntityTooSmall", "Your proposed upload is smaller than the minimum allowed size",
            ("ProposedSize", Number(size)), ("MinSizeAllowed", Number(MultipartRules.MinPartSize)), ("PartNumber", Number(partNumber)), ("ETag", etag));

    public static S3ErrorException NoSuchVersion(string key, string versionId) =>
        new(404, "NoSuchVersion", "The specified version does not exist.", ("Key", key), ("VersionId", versionId));

    public static S3ErrorException InvalidVersionId(string argumentName, string versionId) =>
        InvalidArgument("Invalid version id specified", argumentName, versionId);

    /// <summary>What S3 answers to a GET or HEAD of a version that is a delete marker.</summary>
    public static S3ErrorException DeleteMarkerNotAllowed(string method, StoredObject marker) =>
        WithMarkerHeaders(
            new(405, "MethodNotAllowed", "The specified method is not allowed against this resource.", ("Method", method), ("ResourceType", "DeleteMarker")),
            marker,
            allowDelete: true);

    /// <summary>NoSuchKey for a key whose newest version is a delete marker, which S3 names in the headers.</summary>
    public static S3ErrorException NoSuchKey(string key, StoredObject? marker) =>
        marker is null ? NoSuchKey(key) : WithMarkerHeaders(NoSuchKey(key), marker, allowDelete: false);

    public static S3ErrorException InvalidRequest(string message) => new(400, "InvalidRequest", message);

    public static S3ErrorException NoSuchTagSet(string bucket) =>
        new(404, "NoSuchTagSet", "The TagSet does not exist", ("BucketName", bucket));

    public static S3ErrorException InvalidTag(string message) => new(400, "InvalidTag", message);

    public static S3ErrorException InternalError(Exception cause) =>
        new(500, "InternalError", "We encountered an internal error. Please try again. (" + cause.Message + ")");

    private static S3ErrorException WithMarkerHeaders(S3ErrorException error, StoredObject marker, bool allowDelete)
    {
        error.Headers["x-amz-delete-marker"] = "true";
        error.Headers["x-amz-version-id"] = marker.VersionId;
        if (allowDelete)
        {
            error.Headers["Allow"] = "DELETE";
        }

        return error;
    }

    private static string Number(long value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static S3ErrorException NotImplemented(string method) =>
        new(501, "NotImplemented", "A header you provided implies functionality that is not implemented", ("Method", method));
}
