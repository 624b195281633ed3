using Amazon.S3;
using Amazon.S3.Model;

namespace AwsLinq.Providers;

/// <summary>The S3 collections, as tools such as the <c>awslinq</c> command offer them.</summary>
public static class S3Catalog
{
    private static readonly CollectionArgument Bucket = new("bucket", "The bucket's name.")
    {
        Check = BucketNameProblem,
        NotFoundCodes = new HashSet<string>(StringComparer.Ordinal) { "NoSuchBucket" },
    };

    private static readonly CollectionArgument Buckets = new("bucket", "The bucket's name, or several, comma-separated (logs,archive): their objects one bucket after the other.")
    {
        Check = BucketListProblem,
        NotFoundCodes = Bucket.NotFoundCodes,
        Separator = ',',
    };

    private static readonly CollectionArgument Prefix = new("prefix", "The prefix whose folders are listed, such as photos/; empty for the bucket's top level.", string.Empty);
    private static readonly CollectionArgument Delimiter = new("delimiter", "What separates folders in keys.", "/");

    /// <summary>Gets the service: its client and its collections.</summary>
    public static ServiceCatalog Service { get; } = new()
    {
        Name = "s3",
        Description = "Query S3 buckets, objects, folders, multipart uploads and object versions; delete objects and versions, abort uploads.",
        NewConfig = () => new AmazonS3Config(),

        // Custom endpoints are rarely set up for bucket subdomains, so address buckets in the path.
        ForCustomEndpoint = config => ((AmazonS3Config)config).ForcePathStyle = true,
        CreateClient = (credentials, config) => credentials is null ? new AmazonS3Client((AmazonS3Config)config) : new AmazonS3Client(credentials, (AmazonS3Config)config),
        Collections =
        [
            new CollectionEntry<IAmazonS3, S3Bucket>
            {
                Name = "buckets",
                Description = "List buckets (ListBuckets). BucketName.StartsWith and BucketRegion == are sent to S3.",
                Open = (s3, _) => s3.Buckets(),
                OpenInRegion = (region, s3, _) => S3RegionalExtensions.BucketsIn(region, s3),
                Singular = "bucket",
                Plural = "buckets",
                Parameter = "b",
                DefaultColumns = ["BucketName", "BucketRegion", "CreationDate"],
                WhereExample = "BucketName.StartsWith(\"logs-\")",
            },
            new CollectionEntry<IAmazonS3, S3Object>
            {
                Name = "objects",
                Description = "List a bucket's objects, or several buckets' (ListObjectsV2). Key prefixes and ranges are sent to S3.",
                Arguments = [Buckets],
                Open = (s3, arguments) => s3.Objects(arguments[0].Split(',')),
                Singular = "object",
                Plural = "objects",
                Parameter = "o",
                DefaultColumns = ["Key", "Size", "LastModified", "StorageClass"],
                ResumeKey = "Key",
                WhereExample = "Key.StartsWith(\"photos/\") && Size > 1000000",
                Actions = [S3BatchActions.Delete],
            },
            new CollectionEntry<IAmazonS3, S3Folder>
            {
                Name = "folders",
                Description = "List the folders under a prefix, as the S3 console shows them (ListObjectsV2 with Delimiter). Prefix.StartsWith and Name.StartsWith lengthen the Prefix sent.",
                Arguments = [Bucket, Prefix, Delimiter],
                Open = (s3, arguments) => s3.Folders(arguments[0], arguments[1], arguments[2]),
                Singular = "folder",
                Plural = "folders",
                Parameter = "f",
                DefaultColumns = ["Prefix", "Name"],
                WhereExample = "Name.StartsWith(\"2024-\")",
            },
            new CollectionEntry<IAmazonS3, MultipartUpload>
            {
                Name = "uploads",
                Description = "List a bucket's multipart uploads in progress (ListMultipartUploads). Key prefixes and ranges are sent to S3.",
                Arguments = [Bucket],
                Open = (s3, arguments) => s3.MultipartUploads(arguments[0]),
                Singular = "upload",
                Plural = "uploads",
                Parameter = "u",
                DefaultColumns = ["Key", "UploadId", "Initiated", "StorageClass"],
                WhereExample = "Initiated < DateTime.UtcNow.AddDays(-1)",
                Actions = [MultipartUploadBatchActions.Abort],
            },
            new CollectionEntry<IAmazonS3, S3ObjectVersion>
            {
                Name = "versions",
                Description = "List a bucket's object versions and delete markers (ListObjectVersions). Key prefixes and ranges are sent to S3.",
                Arguments = [Bucket],
                Open = (s3, arguments) => s3.ObjectVersions(arguments[0]),
                Singular = "version",
                Plural = "versions",
                Parameter = "v",
                DefaultColumns = ["Key", "VersionId", "IsLatest", "IsDeleteMarker", "Size", "LastModified"],
                WhereExample = "Key.StartsWith(\"logs/\") && IsLatest != true",
                Actions = [ObjectVersionBatchActions.Delete],
            },
        ],
    };

    // Each name of the list checked as one; a name given twice would list its objects twice.
    private static string? BucketListProblem(string names)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names.Split(','))
        {
            if (BucketNameProblem(name) is { } problem)
            {
                return names.Contains(',', StringComparison.Ordinal) ? $"has '{name}', which {problem}" : problem;
            }

            if (!seen.Add(name))
            {
                return $"has '{name}' twice: give each bucket once.";
            }
        }

        return null;
    }

    // With path-style addressing a name like media/photos would be sent as a bucket and a key, and come back as
    // NoSuchBucket or worse. Capitals and underscores pass, since buckets made in us-east-1 before 2018 may have them.
    private static string? BucketNameProblem(string name) =>
        name.Length is < 3 or > 255 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_')
            ? "is not a valid bucket name: bucket names have 3 to 63 characters, lowercase letters, digits, dots and hyphens."
            : null;
}
