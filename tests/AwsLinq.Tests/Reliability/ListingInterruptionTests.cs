using AwsLinq.LocalAws;
using AwsLinq.Tests.Infrastructure;

namespace AwsLinq.Tests.Reliability;

/// <summary>A listing whose retries are spent says how far it got and, for S3 keys, how to go on from there.</summary>
public sealed class ListingInterruptionTests(LocalS3Fixture s3) : IClassFixture<LocalS3Fixture>
{
    [Fact]
    public async Task An_interrupted_S3_listing_names_the_last_key_read_and_the_query_that_goes_on_after_it()
    {
        var keys = LocalS3Fixture.Keys("k", 30);
        var bucket = s3.Bucket(keys);
        var read = new List<string>();
        var policy = new ListingPolicy { MaxPageAttempts = 2, BaseDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(1) };

        var act = async () =>
        {
            await foreach (var o in s3.Client.Objects(bucket).WithPageSize(10).WithListingPolicy(policy))
            {
                read.Add(o.Key);
                if (read.Count == 10)
                {
                    s3.Server.S3.Faults.Add("ListObjectsV2", LocalFault.InternalError);
                }
            }
        };

        try
        {
            var error = (await act.Should().ThrowAsync<ListingInterruptedException>()).Which;
            error.Message.Should().Be(
                $"S3 ListObjectsV2 of bucket '{bucket}' at {s3.Server.ServiceUrl} failed on page 2 at each of 2 attempts, after 10 items had been read: {error.InnerException!.Message} " +
                "The service or the network kept failing; run the query again later (to go on after the last item read, add .Where(x => x.Key.CompareTo(\"k0009\") > 0)), " +
                "or allow more attempts per page with WithListingPolicy(new ListingPolicy { MaxPageAttempts = ... }).");
            (error.ItemsRead, error.ResumeAfter).Should().Be((10L, "k0009"));
            read.Should().Equal(keys.Take(10));
        }
        finally
        {
            s3.Server.S3.Faults.Reset();
        }

        var rest = await s3.Client.Objects(bucket).Where(o => o.Key.CompareTo("k0009") > 0).Select(o => o.Key).ToListAsync();
        read.Concat(rest).Should().Equal(keys);
    }
}
