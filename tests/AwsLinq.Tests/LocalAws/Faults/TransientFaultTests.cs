using Amazon.EC2;
using Amazon.EC2.Model;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using Amazon.SQS;
using Amazon.SQS.Model;
using AwsLinq.LocalAws;

namespace AwsLinq.Tests.LocalAws.Faults;

public class TransientFaultTests : FaultTestBase
{
    public static TheoryData<string, int, string, string> S3Errors => new()
    {
        { "throttling", 503, "SlowDown", "Please reduce your request rate." },
        { "internal-error", 500, "InternalError", "We encountered an internal error. Please try again." },
        { "unavailable", 503, "ServiceUnavailable", "Please reduce your request rate." },
    };

    public static TheoryData<string, int, string, string> Ec2Errors => new()
    {
        { "throttling", 503, "RequestLimitExceeded", "Request limit exceeded." },
        { "internal-error", 500, "InternalError", "An internal error has occurred." },
        { "unavailable", 503, "Unavailable", "The server is overloaded and can't handle the request." },
    };

    public static TheoryData<string, int, string, string> SqsErrors => new()
    {
        { "throttling", 400, "ThrottlingException", "Rate exceeded" },
        { "internal-error", 500, "InternalFailure", "The request processing has failed because of an unknown error, exception or failure." },
        { "unavailable", 503, "ServiceUnavailable", "The request has failed due to a temporary failure of the server." },
    };

    [Theory]
    [MemberData(nameof(S3Errors))]
    public async Task S3_answers_each_transient_error_with_its_own_status_and_code(string fault, int status, string code, string message)
    {
        Server.S3.CreateBucket("bucket");
        Server.S3.Faults.Add("ListObjectsV2", LocalFault.Parse(fault));
        using var client = Server.CreateS3Client(c => c.MaxErrorRetry = 0);

        var act = () => client.ListObjectsV2Async(new ListObjectsV2Request { BucketName = "bucket" });

        var error = (await act.Should().ThrowAsync<AmazonS3Exception>()).Which;
        ((int)error.StatusCode, error.ErrorCode, error.Message).Should().Be((status, code, message));
        Served("s3", "ListObjectsV2").Should().Equal((status, fault));
    }

    [Theory]
    [MemberData(nameof(Ec2Errors))]
    public async Task EC2_answers_each_transient_error_with_its_own_status_and_code(string fault, int status, string code, string message)
    {
        Server.Ec2.Faults.Add("DescribeInstances", LocalFault.Parse(fault));
        using var client = Server.CreateEc2Client(c => c.MaxErrorRetry = 0);

        var act = () => client.DescribeInstancesAsync(new DescribeInstancesRequest());

        var error = (await act.Should().ThrowAsync<AmazonEC2Exception>()).Which;
        ((int)error.StatusCode, error.ErrorCode, error.Message).Should().Be((status, code, message));
        Served("ec2", "DescribeInstances").Should().Equal((status, fault));
    }

    [Theory]
    [MemberData(nameof(SqsErrors))]
    public async Task SQS_answers_each_transient_error_with_its_own_status_and_code(string fault, int status, string code, string message)
    {
        Server.Sqs.Faults.Add("ListQueues", LocalFault.Parse(fault));
        using var client = Server.CreateSqsClient(c => c.MaxErrorRetry = 0);

        var act = () => client.ListQueuesAsync(new ListQueuesRequest());

        var error = (await act.Should().ThrowAsync<AmazonSQSException>()).Which;
        ((int)error.StatusCode, error.ErrorCode, error.Message).Should().Be((status, code, message));
        Served("sqs", "ListQueues").Should().Equal((status, fault));
    }

    [Theory]
    [InlineData("s3", "throttling")]
    [InlineData("s3", "internal-error")]
    [InlineData("s3", "unavailable")]
    [InlineData("ec2", "throttling")]
    [InlineData("ec2", "internal-error")]
    [InlineData("ec2", "unavailable")]
    [InlineData("sqs", "throttling")]
    [InlineData("sqs", "internal-error")]
    [InlineData("sqs", "unavailable")]
    public async Task The_SDK_retries_each_transient_error_and_the_call_succeeds(string service, string fault)
    {
        var operation = ListingOf(service);
        FaultsOf(service).Add(operation, LocalFault.Parse(fault), times: 1);

        await ListAsync(service);

        Served(service, operation).Select(s => s.Fault).Should().Equal(fault, null);
        Served(service, operation).Last().StatusCode.Should().Be(200);
    }

    [Fact]
    public async Task An_error_of_your_choosing_is_sent_in_the_service_format()
    {
        Server.S3.CreateBucket("bucket");
        Server.S3.Faults.Add("ListObjectsV2", LocalFault.Error(403, "AccessDenied", "Access Denied"));
        Server.Sqs.Faults.Add("ListQueues", LocalFault.Error(403, "AccessDenied", "No."));

        var s3 = () => S3.ListObjectsV2Async(new ListObjectsV2Request { BucketName = "bucket" });
        var sqs = () => Sqs.ListQueuesAsync(new ListQueuesRequest());

        (await s3.Should().ThrowAsync<AmazonS3Exception>()).Which.ErrorCode.Should().Be("AccessDenied");
        var sqsError = (await sqs.Should().ThrowAsync<AmazonSQSException>()).Which;
        (sqsError.ErrorCode, sqsError.Message, (int)sqsError.StatusCode).Should().Be(("AccessDenied", "No.", 403));
    }

    [Fact]
    public async Task A_rate_hits_that_fraction_of_requests_the_same_ones_for_the_same_seed()
    {
        var first = await PatternAsync(seed: 7);
        var replay = await PatternAsync(seed: 7);
        var other = await PatternAsync(seed: 8);

        replay.Should().Equal(first);
        other.Should().NotEqual(first);
        first.Count(hit => hit).Should().BeInRange(20, 40, "30% of 100 requests, with this seed");
    }

    [Fact]
    public async Task Times_bounds_the_requests_hit_and_the_rule_then_goes()
    {
        Server.Sqs.Faults.Add("ListQueues", LocalFault.InternalError, times: 2);
        using var client = Server.CreateSqsClient(c => c.MaxErrorRetry = 0);

        for (var i = 0; i < 4; i++)
        {
            await client.ListQueuesAsync(new ListQueuesRequest()).ContinueWith(_ => { }, TaskScheduler.Default);
        }

        Served("sqs", "ListQueues").Select(s => s.StatusCode).Should().Equal(500, 500, 200, 200);
        Server.Sqs.Faults.Rules.Should().BeEmpty();
    }

    [Fact]
    public async Task A_rule_for_every_operation_hits_each_of_them()
    {
        Server.Ec2.Faults.Add(LocalFaultRule.AnyOperation, LocalFault.Unavailable);
        using var client = Server.CreateEc2Client(c => c.MaxErrorRetry = 0);

        var describe = () => client.DescribeInstancesAsync(new DescribeInstancesRequest());
        var start = () => client.StartInstancesAsync(new StartInstancesRequest { InstanceIds = ["i-0123456789abcdef0"] });

        (await describe.Should().ThrowAsync<AmazonEC2Exception>()).Which.ErrorCode.Should().Be("Unavailable");
        (await start.Should().ThrowAsync<AmazonEC2Exception>()).Which.ErrorCode.Should().Be("Unavailable");
    }

    [Fact]
    public async Task Reset_turns_every_rule_off()
    {
        Server.Sqs.Faults.Add("ListQueues", LocalFault.InternalError);

        Server.Sqs.Faults.Reset();
        await Sqs.ListQueuesAsync(new ListQueuesRequest());

        Served("sqs", "ListQueues").Should().Equal((200, null));
    }

    [Fact]
    public async Task Rules_in_the_options_are_in_force_from_the_start()
    {
        await using var server = await LocalAwsServer.StartAsync(new LocalAwsOptions
        {
            Faults = [LocalFaultRule.Parse("sqs:ListQueues=throttling#1")],
        });
        using var client = server.CreateSqsClient();

        await client.ListQueuesAsync(new ListQueuesRequest());

        server.Requests.For("sqs", "ListQueues").Select(r => (r.StatusCode, r.Fault)).Should().Equal((400, "throttling"), (200, null));
    }

    [Fact]
    public async Task A_rule_in_the_options_for_a_service_not_served_is_refused()
    {
        var act = () => LocalAwsServer.StartAsync(new LocalAwsOptions { Faults = [LocalFaultRule.Parse("sns:Publish=throttling")] });

        (await act.Should().ThrowAsync<ArgumentException>()).Which.Message.Should().Be(
            "The fault rule 'sns:Publish=throttling' names the service 'sns'; the endpoint serves sqs, sts, ec2, s3. (Parameter 'Faults')");
    }

    private async Task<List<bool>> PatternAsync(int seed)
    {
        await using var server = await LocalAwsServer.StartAsync(new LocalAwsOptions { Seed = seed });
        using var client = server.CreateSqsClient(c => c.MaxErrorRetry = 0);
        server.Sqs.Faults.Add("ListQueues", LocalFault.InternalError, rate: 0.3);
        for (var i = 0; i < 100; i++)
        {
            await client.ListQueuesAsync(new ListQueuesRequest()).ContinueWith(_ => { }, TaskScheduler.Default);
        }

        return server.Requests.For("sqs", "ListQueues").Select(r => r.StatusCode == 500).ToList();
    }

    private static string ListingOf(string service) => service switch
    {
        "s3" => "ListBuckets",
        "ec2" => "DescribeInstances",
        _ => "ListQueues",
    };

    private Task ListAsync(string service) => service switch
    {
        "s3" => S3.ListBucketsAsync(),
        "ec2" => Ec2.DescribeInstancesAsync(new DescribeInstancesRequest()),
        _ => Sqs.ListQueuesAsync(new ListQueuesRequest()),
    };
}
