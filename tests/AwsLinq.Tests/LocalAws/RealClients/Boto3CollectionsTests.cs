using AwsLinq.Tests.Infrastructure;

namespace AwsLinq.Tests.LocalAws.RealClients;

/// <summary>The S3 examples of boto3's collections guide, run unchanged against LocalAws.</summary>
public class Boto3CollectionsTests : LocalAwsTestBase
{
    [Fact]
    public async Task The_guide_s3_examples_return_what_they_would_from_S3()
    {
        State.CreateBucket("guide-bucket");
        State.SeedObjects("guide-bucket", Enumerable.Range(0, 150).Select(i => Seeded($"photos/{i:000}.jpg"))
            .Concat([Seeded("readme.txt")]));

        var printed = await PythonAsync("""
            import os, boto3
            s3 = boto3.resource('s3', endpoint_url=os.environ['LOCALAWS_URL'])
            for bucket in s3.buckets.all():
                for obj in bucket.objects.filter(Prefix='photos/'):
                    print('filter', '{0}:{1}'.format(bucket.name, obj.key))
            bucket = s3.Bucket('guide-bucket')
            for obj in bucket.objects.limit(10):
                print('limit', obj.key)
            for obj in bucket.objects.page_size(100):
                print('page_size', obj.key)
            bucket.objects.delete()
            print('left', sum(1 for _ in bucket.objects.all()))
            """);

        var lines = printed.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Where(l => l.StartsWith("filter ", StringComparison.Ordinal)).Should().Equal(Enumerable.Range(0, 150).Select(i => $"filter guide-bucket:photos/{i:000}.jpg"));
        lines.Where(l => l.StartsWith("limit ", StringComparison.Ordinal)).Should().Equal(Enumerable.Range(0, 10).Select(i => $"limit photos/{i:000}.jpg"));
        lines.Where(l => l.StartsWith("page_size ", StringComparison.Ordinal)).Should().HaveCount(151);
        lines[^1].Should().Be("left 0");
        State.ListAll("guide-bucket").Should().BeEmpty();
        Server.Requests.For("s3", "ListObjects").Where(r => r.Parameter("MaxKeys") == "100").Should().HaveCount(2);
        Server.Requests.For("s3", "DeleteObjects").Should().NotBeEmpty();
    }

    private async Task<string> PythonAsync(string script)
    {
        using var python = await DebianClients.StartBoto3Async(Server, script);
        return (await python.ExitAsync()).Succeeded().Stdout;
    }
}
