namespace AwsLinq.LocalAws.S3;

/// <summary>A bucket and its objects.</summary>
internal sealed class S3Bucket(string name, string region, DateTimeOffset creationDate)
{
    public string Name { get; } = name;

    public string Region { get; } = region;

    public DateTimeOffset CreationDate { get; } = creationDate;

    public S3ObjectStore Objects { get; } = new();

    /// <summary>The versioning state PutBucketVersioning set last.</summary>
    public BucketVersioning Versioning { get; set; }

    /// <summary>The bucket's tags, as PutBucketTagging set them last; empty when it has none.</summary>
    public IReadOnlyDictionary<string, string> Tags { get; set; } = new Dictionary<string, string>();

    public UploadStore Uploads { get; } = new();
}
