using AwsLinq.LocalAws;
using AwsLinq.Tests.Infrastructure;

namespace AwsLinq.Tests.LocalAws.RealClients;

/// <summary>
/// Every S3, EC2 and SQS example of boto3's collections guide, run as the guide writes it by Debian's boto3 against
/// LocalAws, and boto3's versioning and multipart-upload collections beside them. The guide leaves loop bodies out;
/// each test prints what the loop walks over.
/// </summary>
public class Boto3CollectionsTests : LocalAwsTestBase
{
    // The one line added to the guide's code: every resource it makes talks to LocalAws (boto3 1.26 reads no endpoint
    // from the environment).
    private const string Endpoint = """
        import os, boto3, botocore.exceptions
        _resource = boto3.resource
        boto3.resource = lambda service, **kwargs: _resource(service, endpoint_url=os.environ['LOCALAWS_URL'], **kwargs)

        """;

    [Fact]
    public async Task The_guide_sqs_example_lists_all_queues_in_one_call()
    {
        var urls = Server.Sqs.SeedQueues(["orders", "audit", "billing"]);

        var printed = await PythonAsync("""
            # SQS list all queues
            sqs = boto3.resource('sqs')
            for queue in sqs.queues.all():
                print(queue.url)
            """);

        printed.Should().Equal(urls.Order(StringComparer.Ordinal));
        Server.Requests.For("sqs", "ListQueues").Should().ContainSingle().Which.Parameter("MaxResults").Should().BeNull();
    }

    [Fact]
    public async Task The_guide_iteration_and_list_examples_each_call_ListBuckets_once()
    {
        State.CreateBucket("second-bucket");
        State.CreateBucket("first-bucket");

        var printed = await PythonAsync("""
            s3 = boto3.resource('s3')
            collection = s3.buckets.all()
            for bucket in s3.buckets.all():
                print(bucket.name)
            buckets = list(s3.buckets.all())
            print(len(buckets))
            """);

        printed.Should().Equal("first-bucket", "second-bucket", "2");
        Server.Requests.For("s3", "ListBuckets").Should().HaveCount(2, "making a collection sends nothing; iterating and list() send one call each");
    }

    [Fact]
    public async Task The_guide_filter_example_lists_each_bucket_under_the_prefix_without_heading_objects()
    {
        State.CreateBucket("guide-bucket");
        State.SeedObjects("guide-bucket", Enumerable.Range(0, 150).Select(i => Seeded($"photos/{i:000}.jpg")).Concat([Seeded("readme.txt")]));
        State.CreateBucket("other-bucket");
        State.SeedObjects("other-bucket", [Seeded("docs/a.txt"), Seeded("photos/z.png")]);

        // The guide's format(, obj.key) lost its first argument in the copy; the guide's own output names the bucket.
        var printed = await PythonAsync("""
            # S3 list all keys with the prefix 'photos/'
            s3 = boto3.resource('s3')
            for bucket in s3.buckets.all():
                for obj in bucket.objects.filter(Prefix='photos/'):
                    print('{0}:{1}'.format(bucket.name, obj.key))
            """);

        printed.Should().Equal(Enumerable.Range(0, 150).Select(i => $"guide-bucket:photos/{i:000}.jpg").Append("other-bucket:photos/z.png"));
        Server.Requests.For("s3", "ListBuckets").Should().ContainSingle();
        Server.Requests.For("s3", "ListObjects").Select(r => (r.Bucket, r.Parameter("Prefix"))).Should()
            .Equal(("guide-bucket", "photos/"), ("other-bucket", "photos/"));
        Server.Requests.For("s3", "HeadObject").Should().BeEmpty("an object summary's key needs no HeadObject");
    }

    [Fact]
    public async Task The_guide_ec2_example_filters_on_the_server_and_fails_where_the_guide_misspells_the_filter()
    {
        var ids = Server.Ec2.Seed(
        [
            [new LocalEc2Instance { Tenancy = "dedicated", InstanceType = "t1.micro" }, new LocalEc2Instance { Tenancy = "default" }],
            [new LocalEc2Instance { Tenancy = "dedicated" }, new LocalEc2Instance()],
        ]);

        // The guide's filters list lost its closing "}]" in the copy. Its filtered2 uses lower-case 'name' and 'value',
        // which botocore refuses before sending anything, as it would against AWS.
        var printed = await PythonAsync($$"""
            # EC2 find instances
            ec2 = boto3.resource('ec2')
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

        printed.Should().Equal(
            "All instances:", ids[0], ids[1], ids[2],
            "Dedicated instances:", ids[0], ids[2],
            "Dedicated micro instances:", "ParamValidationError");
        var describes = Server.Requests.For("ec2", "DescribeInstances");
        describes.Should().HaveCount(2, "the misspelled filter is refused before anything is sent, as against AWS");
        describes[0].Parameter("Filter:tenancy").Should().BeNull();
        describes[1].Parameter("Filter:tenancy").Should().Be("dedicated");
        describes.Select(d => d.Parameter("InstanceIds")).Should().AllBe(string.Join(',', ids.Take(3)));
    }

    [Fact]
    public async Task The_guide_limit_example_returns_the_first_ten_buckets_of_one_call()
    {
        foreach (var i in Enumerable.Range(0, 12))
        {
            State.CreateBucket($"bucket-{i:00}");
        }

        var printed = await PythonAsync("""
            s3 = boto3.resource('s3')
            # S3 iterate over first ten buckets
            for bucket in s3.buckets.limit(10):
                print(bucket.name)
            """);

        printed.Should().Equal(Enumerable.Range(0, 10).Select(i => $"bucket-{i:00}"));
        Server.Requests.For("s3", "ListBuckets").Should().ContainSingle();
    }

    [Fact]
    public async Task The_guide_page_size_example_lists_every_object_100_a_call()
    {
        State.CreateBucket("my-bucket");
        State.SeedObjects("my-bucket", Enumerable.Range(0, 250).Select(i => Seeded($"logs/{i:000}.gz")));

        var printed = await PythonAsync("""
            s3 = boto3.resource('s3')
            bucket = s3.Bucket('my-bucket')
            # S3 iterate over all objects 100 at a time
            for obj in bucket.objects.page_size(100):
                print(obj.key)
            """);

        printed.Should().Equal(Enumerable.Range(0, 250).Select(i => $"logs/{i:000}.gz"));
        var pages = Server.Requests.For("s3", "ListObjects", "my-bucket");
        pages.Select(r => r.Parameter("MaxKeys")).Should().AllBe("100");
        pages.Select(r => r.Parameter("Marker")).Should().Equal(null, "logs/099.gz", "logs/199.gz");
    }

    [Fact]
    public async Task The_guide_batch_delete_example_erases_the_bucket_one_DeleteObjects_a_page()
    {
        State.CreateBucket("my-bucket");
        State.SeedObjects("my-bucket", Enumerable.Range(0, 1_500).Select(i => Seeded($"data/{i:0000}")));

        var printed = await PythonAsync("""
            # S3 delete everything in `my-bucket`
            s3 = boto3.resource('s3')
            bucket = s3.Bucket('my-bucket')
            bucket.objects.delete()
            """);

        printed.Should().BeEmpty();
        State.ListAll("my-bucket").Should().BeEmpty();
        Server.Requests.For("s3", "ListObjects", "my-bucket").Select(r => r.Parameter("Marker")).Should().Equal(null, "data/0999");
        Server.Requests.For("s3", "DeleteObjects", "my-bucket").Select(r => r.Parameter("ObjectCount")).Should().Equal("1000", "500");
    }

    [Fact]
    public async Task Bucket_versioning_and_the_object_versions_collection_list_and_delete_every_version()
    {
        State.CreateBucket("versioned");

        var printed = await PythonAsync("""
            s3 = boto3.resource('s3')
            bucket = s3.Bucket('versioned')
            versioning = bucket.Versioning()
            print('status', versioning.status)
            versioning.enable()
            versioning.reload()
            print('status', versioning.status)
            bucket.put_object(Key='a.txt', Body=b'1')
            bucket.put_object(Key='a.txt', Body=b'22')
            bucket.put_object(Key='b.txt', Body=b'333')
            bucket.Object('a.txt').delete()
            for version in bucket.object_versions.all():
                print('version', version.object_key, version.is_latest, version.size, len(version.id))
            for version in bucket.object_versions.filter(Prefix='a').page_size(2):
                print('paged', version.object_key, version.is_latest)
            bucket.object_versions.delete()
            print('left', len(list(bucket.object_versions.all())))
            versioning.suspend()
            versioning.reload()
            print('status', versioning.status)
            """);

        // boto3's object_versions yields each page's Versions, then its DeleteMarkers: a page of two holds a.txt's marker
        // (newest) and its second version, and boto3 yields the version first.
        printed.Should().Equal(
            "status None",
            "status Enabled",
            "version a.txt False 2 32",
            "version a.txt False 1 32",
            "version b.txt True 3 32",
            "version a.txt True None 32",
            "paged a.txt False",
            "paged a.txt True",
            "paged a.txt False",
            "left 0",
            "status Suspended");
        Server.Requests.For("s3", "PutBucketVersioning").Select(r => r.Parameter("Status")).Should().Equal("Enabled", "Suspended");
        Server.Requests.For("s3", "DeleteObjects", "versioned").Should().ContainSingle().Which.Parameter("ObjectCount").Should().Be("4");
        Server.Requests.For("s3", "ListObjectVersions").Where(r => r.Parameter("MaxKeys") == "2")
            .Select(r => r.Parameter("KeyMarker")).Should().Equal(null, "a.txt");
        State.ListAll("versioned").Should().BeEmpty();
    }

    [Fact]
    public async Task The_multipart_uploads_collection_lists_pages_completes_and_aborts_uploads()
    {
        State.CreateBucket("uploads");

        var printed = await PythonAsync("""
            s3 = boto3.resource('s3')
            bucket = s3.Bucket('uploads')
            first = s3.Object('uploads', 'big/one.bin').initiate_multipart_upload()
            s3.Object('uploads', 'big/two.bin').initiate_multipart_upload()
            s3.Object('uploads', 'big/two.bin').initiate_multipart_upload()
            for upload in bucket.multipart_uploads.all():
                print('upload', upload.object_key, upload.id == first.id)
            print('paged', len(list(bucket.multipart_uploads.page_size(2))))
            etag = first.Part(1).upload(Body=b'x' * 10)['ETag']
            for part in first.parts.all():
                print('part', part.part_number, part.size, part.e_tag == etag)
            first.complete(MultipartUpload={'Parts': [{'PartNumber': 1, 'ETag': etag}]})
            for upload in bucket.multipart_uploads.all():
                upload.abort()
            print('left', len(list(bucket.multipart_uploads.all())))
            """);

        printed.Should().Equal(
            "upload big/one.bin True",
            "upload big/two.bin False",
            "upload big/two.bin False",
            "paged 3",
            "part 1 10 True",
            "left 0");
        State.FindObject("uploads", "big/one.bin")!.ETag.Should().EndWith("-1\"");
        State.ListUploads("uploads").Should().BeEmpty();
        Server.Requests.For("s3", "ListMultipartUploads").Where(r => r.Parameter("MaxUploads") == "2")
            .Select(r => r.Parameter("KeyMarker")).Should().Equal(null, "big/two.bin");
        Server.Requests.For("s3", "AbortMultipartUpload").Should().HaveCount(2);
    }

    /// <summary>Runs the script after the endpoint line and returns the lines it printed.</summary>
    private async Task<IReadOnlyList<string>> PythonAsync(string script)
    {
        using var python = await DebianClients.StartBoto3Async(Server, Endpoint + script);
        return (await python.ExitAsync()).Succeeded().Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }
}
