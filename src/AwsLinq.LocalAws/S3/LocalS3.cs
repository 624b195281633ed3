using AwsLinq.LocalAws.S3;

namespace AwsLinq.LocalAws;

/// <summary>
/// The in-memory state behind the local S3 endpoint: buckets and their objects. Tests seed it directly,
/// without HTTP, and read it back to check what requests did. Thread-safe.
/// </summary>
public sealed class LocalS3
{
    private readonly Lock _gate = new();
    private readonly SortedDictionary<string, S3Bucket> _buckets = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;

    internal LocalS3(string defaultRegion, TimeProvider time, int seed = 0)
    {
        Faults = new LocalS3Faults(seed, time);
        DefaultRegion = defaultRegion;
        _time = time;
    }

    /// <summary>The region of buckets created without one: the server's <see cref="LocalAwsOptions.Region"/>.</summary>
    public string DefaultRegion { get; }

    /// <summary>Errors, dropped connections, delays and misbehaviours to switch on for tests of client resilience.</summary>
    public LocalS3Faults Faults { get; }

    /// <summary>Creates an empty bucket, as <c>CreateBucket</c> would.</summary>
    /// <param name="name">The bucket name; S3 naming rules apply.</param>
    /// <param name="region">The region <c>ListBuckets</c> reports for it; <see langword="null"/> for <see cref="DefaultRegion"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not a valid bucket name.</exception>
    /// <exception cref="InvalidOperationException">The bucket already exists.</exception>
    public void CreateBucket(string name, string? region = null)
    {
        BucketNames.ThrowIfInvalid(name);
        if (!TryCreateBucket(name, region ?? DefaultRegion))
        {
            throw new InvalidOperationException($"Bucket '{name}' already exists.");
        }
    }

    /// <summary>Tells whether a bucket exists.</summary>
    /// <param name="name">The bucket name.</param>
    /// <returns><see langword="true"/> when the bucket exists.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    public bool BucketExists(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return FindBucket(name) is not null;
    }

    /// <summary>
    /// Adds objects to a bucket without HTTP and without content: reading one returns <see cref="LocalS3Object.Size"/>
    /// zero bytes. One sort per call, so 100,000 objects take a fraction of a second. An object replaces any earlier
    /// one with the same key. <see cref="LocalS3Object.LastModified"/> is kept in UTC truncated to whole seconds; a
    /// <see langword="null"/> <see cref="LocalS3Object.ETag"/> becomes a multipart-style one (with a dash), which the
    /// SDK does not check against the zero content. A plain MD5 ETag given here makes the SDK's GetObject fail its check.
    /// </summary>
    /// <param name="bucket">An existing bucket.</param>
    /// <param name="objects">The objects to add.</param>
    /// <exception cref="ArgumentNullException"><paramref name="bucket"/> or <paramref name="objects"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An object has an empty key, a key over 1,024 UTF-8 bytes, or a negative size.</exception>
    /// <exception cref="InvalidOperationException">The bucket does not exist.</exception>
    public void SeedObjects(string bucket, IEnumerable<LocalS3Object> objects)
    {
        ArgumentNullException.ThrowIfNull(objects);
        var store = RequireBucket(bucket).Objects;
        var items = objects.Select(o =>
        {
            ArgumentNullException.ThrowIfNull(o, nameof(objects));
            ObjectKeys.ThrowIfInvalid(o.Key, nameof(objects));
            ArgumentOutOfRangeException.ThrowIfNegative(o.Size, nameof(objects));
            return StoredObject.Seeded(o);
        }).ToList();
        store.Seed(items);
    }

    /// <summary>Writes an object with content, as <c>PutObject</c> would (Content-Type <c>binary/octet-stream</c>).</summary>
    /// <param name="bucket">An existing bucket.</param>
    /// <param name="key">The object key.</param>
    /// <param name="content">The bytes; the store keeps its own copy.</param>
    /// <returns>The object as listings will show it, with an MD5 ETag and the current time.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="key"/> is empty or over 1,024 UTF-8 bytes.</exception>
    /// <exception cref="InvalidOperationException">The bucket does not exist.</exception>
    public LocalS3Object PutObject(string bucket, string key, ReadOnlySpan<byte> content)
    {
        ObjectKeys.ThrowIfInvalid(key, nameof(key));
        var bucketState = RequireBucket(bucket);
        return bucketState.Objects.Write(StoredObject.Written(key, content.ToArray(), _time.GetUtcNow()), bucketState.Versioning).Info;
    }

    /// <summary>Returns every object of a bucket, in the order S3 lists them: by the UTF-8 bytes of their keys.</summary>
    /// <param name="bucket">An existing bucket.</param>
    /// <returns>A snapshot of the objects.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="bucket"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The bucket does not exist.</exception>
    public IReadOnlyList<LocalS3Object> ListAll(string bucket) => RequireBucket(bucket).Objects.All();

    /// <summary>Returns one object, or <see langword="null"/> when the bucket has no such key.</summary>
    /// <param name="bucket">An existing bucket.</param>
    /// <param name="key">The object key.</param>
    /// <returns>The object, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The bucket does not exist.</exception>
    public LocalS3Object? FindObject(string bucket, string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return RequireBucket(bucket).Objects.Find(key)?.Info;
    }

    /// <summary>
    /// Begins multipart uploads without HTTP, as <c>CreateMultipartUpload</c> would, so that a test of
    /// <c>ListMultipartUploads</c> can have thousands. The uploads have no parts.
    /// </summary>
    /// <param name="bucket">An existing bucket.</param>
    /// <param name="uploads">The uploads; one without an <see cref="LocalS3Upload.UploadId"/> gets a new id.</param>
    /// <returns>The upload ids, in the order given.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="bucket"/> or <paramref name="uploads"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An upload has an invalid key, or an id that is taken or repeats.</exception>
    /// <exception cref="InvalidOperationException">The bucket does not exist.</exception>
    public IReadOnlyList<string> SeedUploads(string bucket, IEnumerable<LocalS3Upload> uploads)
    {
        ArgumentNullException.ThrowIfNull(uploads);
        var store = RequireBucket(bucket).Uploads;
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var created = uploads.Select(u =>
        {
            ArgumentNullException.ThrowIfNull(u, nameof(uploads));
            ObjectKeys.ThrowIfInvalid(u.Key, nameof(uploads));
            var id = u.UploadId ?? UploadIds.New();
            if (store.Contains(id) || !ids.Add(id))
            {
                throw new ArgumentException($"Upload id '{id}' is already taken.", nameof(uploads));
            }

            return new MultipartUpload(u.Key, id, StoredObject.Truncate(u.Initiated), StoredObject.DefaultContentType, null, new Dictionary<string, string>());
        }).ToList();
        store.Add(created);
        return created.ConvertAll(u => u.UploadId);
    }

    /// <summary>Returns the multipart uploads in progress in a bucket, in the order ListMultipartUploads lists them.</summary>
    /// <param name="bucket">An existing bucket.</param>
    /// <returns>A snapshot of the uploads.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="bucket"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The bucket does not exist.</exception>
    public IReadOnlyList<LocalS3Upload> ListUploads(string bucket) => RequireBucket(bucket).Uploads.All().Select(u => u.Info).ToList();

    internal DateTimeOffset Now => _time.GetUtcNow();

    internal S3Bucket? FindBucket(string name)
    {
        lock (_gate)
        {
            return _buckets.GetValueOrDefault(name);
        }
    }

    internal IReadOnlyList<S3Bucket> Buckets()
    {
        lock (_gate)
        {
            return [.. _buckets.Values];
        }
    }

    internal bool TryCreateBucket(string name, string region)
    {
        lock (_gate)
        {
            return _buckets.TryAdd(name, new S3Bucket(name, region, StoredObject.Truncate(_time.GetUtcNow())));
        }
    }

    internal bool TryDeleteBucket(S3Bucket bucket)
    {
        lock (_gate)
        {
            return bucket.Objects.IsEmpty && _buckets.Remove(bucket.Name);
        }
    }

    private S3Bucket RequireBucket(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return FindBucket(name)
            ?? throw new InvalidOperationException($"Bucket '{name}' does not exist. Call CreateBucket first.");
    }
}
