using Amazon.S3;
using Amazon.S3.Model;
using AwsLinq.LocalAws;
using AwsLinq.Tests.Infrastructure;

namespace AwsLinq.Tests.Specification;

/// <summary>A seeded bucket on some S3 endpoint, with its complete listing read by plain SDK paging.</summary>
public abstract class S3SpecBackend : IAsyncLifetime
{
    public const string Bucket = "spec-bucket";

    public IAmazonS3 Client { get; protected set; } = null!;

    public IReadOnlyList<S3Object> Listing { get; private set; } = [];

    public async Task InitializeAsync()
    {
        await StartAndSeedAsync();
        Listing = await CompleteListingAsync(Client, Bucket);
    }

    public abstract Task DisposeAsync();

    protected abstract Task StartAndSeedAsync();

    // The oracle's input: every object, read with the SDK alone, one request per 1000 keys.
    internal static async Task<IReadOnlyList<S3Object>> CompleteListingAsync(IAmazonS3 client, string bucket)
    {
        var all = new List<S3Object>();
        var request = new ListObjectsV2Request { BucketName = bucket };
        ListObjectsV2Response response;
        do
        {
            response = await client.ListObjectsV2Async(request);
            all.AddRange(response.S3Objects ?? []);
            request.ContinuationToken = response.NextContinuationToken;
        }
        while (response.IsTruncated == true);
        return all;
    }
}

public sealed class LocalSpecBackend : S3SpecBackend
{
    public LocalAwsServer Server { get; private set; } = null!;

    public override async Task DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
    }

    protected override async Task StartAndSeedAsync()
    {
        Server = await LocalAwsServer.StartAsync();
        Server.S3.CreateBucket(Bucket);
        Server.S3.SeedObjects(Bucket, S3ObjectSpecData.Full);
        Client = Server.CreateS3Client();
    }
}

public sealed class FauxqsSpecBackend : S3SpecBackend
{
    private readonly FauxqsServer _server = new();

    public override async Task DisposeAsync()
    {
        Client.Dispose();
        await _server.DisposeAsync();
    }

    protected override async Task StartAndSeedAsync()
    {
        await _server.InitializeAsync();
        Client = _server.CreateS3Client();
        await Client.PutBucketAsync(Bucket);
        foreach (var batch in S3ObjectSpecData.Plain.Chunk(16))
        {
            await Task.WhenAll(batch.Select(o => Client.PutObjectAsync(new PutObjectRequest
            {
                BucketName = Bucket,
                Key = o.Key,
                InputStream = new MemoryStream(new byte[o.Size]),
            })));
        }
    }
}
