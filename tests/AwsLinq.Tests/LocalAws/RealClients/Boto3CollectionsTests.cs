using AwsLinq.LocalAws;
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

    [Fact]
    public async Task The_guide_bucket_limit_and_list_examples_return_what_they_would_from_S3()
    {
        foreach (var i in Enumerable.Range(0, 12))
        {
            State.CreateBucket($"bucket-{i:00}");
        }

        var printed = await PythonAsync("""
            import os, boto3
            s3 = boto3.resource('s3', endpoint_url=os.environ['LOCALAWS_URL'])
            buckets = list(s3.buckets.all())
            print('all', len(buckets))
            for bucket in s3.buckets.limit(10):
                print('limit', bucket.name)
            """);

        var lines = printed.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().Be("all 12");
        lines[1..].Should().Equal(Enumerable.Range(0, 10).Select(i => $"limit bucket-{i:00}"));
    }

    [Fact]
    public async Task The_guide_ec2_example_filters_on_the_server_and_fails_where_the_guide_misspells_the_filter()
    {
        var ids = Server.Ec2.Seed(
        [
            [new LocalEc2Instance { Tenancy = "dedicated", InstanceType = "t1.micro" }, new LocalEc2Instance { Tenancy = "default" }],
            [new LocalEc2Instance { Tenancy = "dedicated" }, new LocalEc2Instance()],
        ]);

        var printed = await PythonAsync($$"""
            import os, boto3, botocore.exceptions
            ec2 = boto3.resource('ec2', endpoint_url=os.environ['LOCALAWS_URL'])
            base = ec2.instances.filter(InstanceIds=['{{ids[0]}}', '{{ids[1]}}', '{{ids[2]}}'])

            filters = [{
                'Name': 'tenancy',
                'Values': ['dedicated']
            }]
            filtered1 = base.filter(Filters=filters)

            # Note, this does NOT modify the filters in ``filtered1``!
            filters.append({'name': 'instance-type', 'value': 't1.micro'})
            filtered2 = base.filter(Filters=filters)

            print('All instances:')
            for instance in base:
                print(instance.id)
            print('Dedicated instances:')
            for instance in filtered1:
                print(instance.id)
            print('Dedicated micro instances:')
            try:
                for instance in filtered2:
                    print(instance.id)
            except botocore.exceptions.ParamValidationError as e:
                print(type(e).__name__)
            """);

        printed.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().Equal(
            "All instances:", ids[0], ids[1], ids[2],
            "Dedicated instances:", ids[0], ids[2],
            "Dedicated micro instances:", "ParamValidationError");
        var describes = Server.Requests.For("ec2", "DescribeInstances");
        describes.Should().HaveCount(2, "the misspelled filter is refused before anything is sent, as against AWS");
        describes[1].Parameter("Filter:tenancy").Should().Be("dedicated");
        describes[1].Parameter("InstanceIds").Should().Be(string.Join(',', ids.Take(3)));
    }

    private async Task<string> PythonAsync(string script)
    {
        using var python = await DebianClients.StartBoto3Async(Server, script);
        return (await python.ExitAsync()).Succeeded().Stdout;
    }
}
