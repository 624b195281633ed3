using AwsLinq.LocalAws.S3.Operations;
using Microsoft.AspNetCore.Http;

namespace AwsLinq.LocalAws.S3;

/// <summary>Names the S3 operation of a request from its method, bucket, key and sub-resource query parameters.</summary>
internal sealed class S3OperationResolver(LocalS3 s3)
{
    private readonly S3Operation _listBuckets = new ListBucketsOperation(s3);
    private readonly S3Operation _createBucket = new CreateBucketOperation(s3);
    private readonly S3Operation _deleteBucket = new DeleteBucketOperation(s3);
    private readonly S3Operation _headBucket = new HeadBucketOperation(s3);
    private readonly S3Operation _getBucketLocation = new GetBucketLocationOperation(s3);
    private readonly S3Operation _listObjectsV2 = new ListObjectsV2Operation(s3);
    private readonly S3Operation _deleteObjects = new DeleteObjectsOperation(s3);
    private readonly S3Operation _putObject = new PutObjectOperation(s3);
    private readonly S3Operation _getObject = new GetObjectOperation(s3, headOnly: false);
    private readonly S3Operation _headObject = new GetObjectOperation(s3, headOnly: true);
    private readonly S3Operation _deleteObject = new DeleteObjectOperation(s3);

    public S3Operation Resolve(S3Request request)
    {
        var method = request.Method;
        if (request.Bucket is null)
        {
            return HttpMethods.IsGet(method) ? _listBuckets : Unsupported("Unsupported");
        }

        return request.Key is null ? ResolveBucket(request, method) : ResolveObject(request, method);
    }

    private S3Operation ResolveBucket(S3Request request, string method) => method switch
    {
        _ when HttpMethods.IsGet(method) && request.QueryValue("list-type") == "2" => _listObjectsV2,
        _ when HttpMethods.IsGet(method) && request.HasQuery("location") => _getBucketLocation,
        _ when HttpMethods.IsGet(method) && OnlyQuery(request) => Unsupported("ListObjects"),
        _ when HttpMethods.IsPut(method) && OnlyQuery(request) => _createBucket,
        _ when HttpMethods.IsDelete(method) && OnlyQuery(request) => _deleteBucket,
        _ when HttpMethods.IsHead(method) => _headBucket,
        _ when HttpMethods.IsPost(method) && request.HasQuery("delete") => _deleteObjects,
        _ => Unsupported("Unsupported"),
    };

    private S3Operation ResolveObject(S3Request request, string method) => method switch
    {
        _ when HttpMethods.IsPut(method) && request.Header("x-amz-copy-source") is not null => Unsupported("CopyObject"),
        _ when HttpMethods.IsPut(method) && OnlyQuery(request) => _putObject,
        _ when HttpMethods.IsGet(method) && OnlyQuery(request, "versionId", "partNumber") => _getObject,
        _ when HttpMethods.IsHead(method) && OnlyQuery(request, "versionId", "partNumber") => _headObject,
        _ when HttpMethods.IsDelete(method) && OnlyQuery(request, "versionId") => _deleteObject,
        _ => Unsupported("Unsupported"),
    };

    // Sub-resources (?acl, ?tagging, ?uploads...) select other operations; response-* overrides and x-id do not.
    private static bool OnlyQuery(S3Request request, params string[] allowed) =>
        request.Query.Keys.All(k =>
            allowed.Contains(k, StringComparer.Ordinal)
            || k.StartsWith("response-", StringComparison.Ordinal)
            || string.Equals(k, "x-id", StringComparison.Ordinal));

    private UnsupportedOperation Unsupported(string name) => new(s3, name);
}
