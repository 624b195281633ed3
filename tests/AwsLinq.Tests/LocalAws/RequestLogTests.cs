using System.Net;
using System.Text;
using Amazon.S3.Model;

namespace AwsLinq.Tests.LocalAws;

public class RequestLogTests : LocalAwsTestBase
{
    [Fact]
    public async Task Records_the_wire_protocol_each_request_came_in()
    {
        using var ec2 = Server.CreateEc2Client();
        using var sqs = Server.CreateSqsClient();
        await Client.ListBucketsAsync();
        await ec2.DescribeInstancesAsync();
        await sqs.ListQueuesAsync(new Amazon.SQS.Model.ListQueuesRequest());
        using var http = new HttpClient();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["Action"] = "ListQueues", ["Version"] = "2012-11-05" });
        using var queryCall = await http.PostAsync(Server.ServiceUrl, form);

        Server.Requests.Snapshot().Select(r => (r.Service, r.Operation, r.Protocol)).Should().Equal(
            ("s3", "ListBuckets", "rest-xml"),
            ("ec2", "DescribeInstances", "ec2"),
            ("sqs", "ListQueues", "json"),
            ("sqs", "ListQueues", "query"));
    }

    [Fact]
    public async Task Records_service_operation_bucket_parameters_and_status_in_order()
    {
        State.CreateBucket("logged");
        await Client.PutObjectAsync(new PutObjectRequest { BucketName = "logged", Key = "k", ContentBody = "x" });
        await Client.ListObjectsV2Async(new ListObjectsV2Request
        {
            BucketName = "logged",
            Prefix = "p",
            Delimiter = "/",
            MaxKeys = 7,
            StartAfter = "p0",
            FetchOwner = true,
        });
        await Client.ListBucketsAsync(new ListBucketsRequest { Prefix = "log", MaxBuckets = 3, BucketRegion = "us-east-1" });

        var log = Server.Requests.Snapshot();

        log.Select(r => (r.Service, r.Operation, r.Bucket, r.StatusCode)).Should().Equal(
            ("s3", "PutObject", "logged", 200),
            ("s3", "ListObjectsV2", "logged", 200),
            ("s3", "ListBuckets", null, 200));
        log[0].Parameters.Should().Equal(new Dictionary<string, string> { ["Key"] = "k" });
        log[1].Parameters.Should().Equal(new Dictionary<string, string>
        {
            ["Prefix"] = "p",
            ["Delimiter"] = "/",
            ["MaxKeys"] = "7",
            ["StartAfter"] = "p0",
            ["FetchOwner"] = "true",
        });
        log[2].Parameters.Should().Equal(new Dictionary<string, string>
        {
            ["Prefix"] = "log",
            ["MaxBuckets"] = "3",
            ["BucketRegion"] = "us-east-1",
        });
    }

    [Fact]
    public async Task For_filters_by_service_operation_and_bucket_and_Clear_forgets()
    {
        State.CreateBucket("one");
        State.CreateBucket("two");
        await Client.ListObjectsV2Async(new ListObjectsV2Request { BucketName = "one" });
        await Client.ListObjectsV2Async(new ListObjectsV2Request { BucketName = "two" });
        await Client.GetObjectMetadataAsync("one", "k").ContinueWith(_ => { }, TaskScheduler.Default);

        Server.Requests.For("S3").Should().HaveCount(3);
        Server.Requests.For("s3", "ListObjectsV2").Should().HaveCount(2);
        Server.Requests.For("s3", "ListObjectsV2", "two").Single().Bucket.Should().Be("two");
        Server.Requests.For("s3", bucket: "one").Select(r => (r.Operation, r.StatusCode))
            .Should().Equal(("ListObjectsV2", 200), ("HeadObject", 404));
        Server.Requests.For("sqs").Should().BeEmpty();

        Server.Requests.Clear();

        Server.Requests.Snapshot().Should().BeEmpty();
    }

    [Fact]
    public async Task SQS_and_EC2_requests_are_told_apart_by_their_shape_and_logged()
    {
        using var http = new HttpClient { BaseAddress = Server.ServiceUrl };
        using var sqs = new HttpRequestMessage(HttpMethod.Post, "/")
        {
            Content = new StringContent("{}", Encoding.UTF8, "application/x-amz-json-1.0"),
        };
        sqs.Headers.Add("X-Amz-Target", "AmazonSQS.ListQueues");
        using var ec2 = new FormUrlEncodedContent(new Dictionary<string, string> { ["Action"] = "DescribeInstances", ["Version"] = "2016-11-15" });

        var sqsResponse = await http.SendAsync(sqs);
        var ec2Response = await http.PostAsync("/", ec2);

        sqsResponse.StatusCode.Should().Be(HttpStatusCode.OK);
        ec2Response.StatusCode.Should().Be(HttpStatusCode.OK);
        Server.Requests.Snapshot().Select(r => (r.Service, r.Operation, r.StatusCode))
            .Should().Equal(("sqs", "ListQueues", 200), ("ec2", "DescribeInstances", 200));
    }

    [Fact]
    public async Task A_signed_request_goes_to_the_service_its_credential_scope_names_whatever_its_shape()
    {
        using var http = new HttpClient { BaseAddress = Server.ServiceUrl };
        using var signed = new HttpRequestMessage(HttpMethod.Get, "/?Action=DescribeInstances");
        signed.Headers.TryAddWithoutValidation(
            "Authorization", "AWS4-HMAC-SHA256 Credential=local/20240501/us-east-1/s3/aws4_request, SignedHeaders=host, Signature=00");

        var signedResponse = await http.SendAsync(signed);
        var unsignedResponse = await http.GetAsync("/?Action=DescribeInstances");

        signedResponse.StatusCode.Should().Be(HttpStatusCode.OK);
        unsignedResponse.StatusCode.Should().Be(HttpStatusCode.OK);
        Server.Requests.Snapshot().Select(r => (r.Service, r.Operation))
            .Should().Equal(("s3", "ListBuckets"), ("ec2", "DescribeInstances"));
    }

    [Fact]
    public async Task Unsupported_S3_operations_answer_NotImplemented()
    {
        State.CreateBucket("plain");

        var act = () => Client.GetBucketAclAsync(new GetBucketAclRequest { BucketName = "plain" });

        (await act.Should().ThrowAsync<Amazon.S3.AmazonS3Exception>()).Which.ErrorCode.Should().Be("NotImplemented");
        Server.Requests.Snapshot().Single().StatusCode.Should().Be(501);
    }
}
