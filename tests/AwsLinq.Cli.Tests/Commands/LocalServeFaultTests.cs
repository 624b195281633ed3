using Amazon.Runtime;
using Amazon.SQS;
using Amazon.SQS.Model;
using AwsLinq.Cli.Tests.Infrastructure;

namespace AwsLinq.Cli.Tests.Commands;

public sealed class LocalServeFaultTests
{
    [Fact]
    public async Task Fault_flags_make_the_served_endpoint_flaky_as_asked()
    {
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        using var output = new ConcurrentStringWriter();
        using var error = new ConcurrentStringWriter();
        var serving = Cli.RunAsync(
            ["local", "serve", "--port", "0", "--fault", "sqs:ListQueues=throttling#1", "--fault", "sqs:CreateQueue=error:403:AccessDenied", "--fault-seed", "42"],
            new CliConsole(output, error, false, false),
            cancellation.Token);

        var url = await LocalServeOutput.EndpointAsync(output, serving);
        using (var sqs = new AmazonSQSClient(new BasicAWSCredentials("any", "any"), new AmazonSQSConfig { ServiceURL = url, AuthenticationRegion = "us-east-1", MaxErrorRetry = 0 }))
        {
            var throttled = () => sqs.ListQueuesAsync(new ListQueuesRequest());
            var denied = () => sqs.CreateQueueAsync("jobs");

            (await throttled.Should().ThrowAsync<AmazonSQSException>()).Which.ErrorCode.Should().Be("ThrottlingException");
            await sqs.ListQueuesAsync(new ListQueuesRequest());
            (await denied.Should().ThrowAsync<AmazonSQSException>()).Which.ErrorCode.Should().Be("AccessDenied");
        }

        await cancellation.CancelAsync();
        (await serving).Should().Be(0);
        output.ToString().Should().Contain("Faults (seed 42): sqs:ListQueues=throttling#1, sqs:CreateQueue=error:403:AccessDenied.");
    }

    [Fact]
    public async Task Latency_and_rate_limit_flags_are_in_force_and_printed()
    {
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        using var output = new ConcurrentStringWriter();
        using var error = new ConcurrentStringWriter();
        var serving = Cli.RunAsync(
            ["local", "serve", "--port", "0", "--latency", "20ms", "--jitter", "5ms", "--rate-limit", "sqs:CreateQueue=1"],
            new CliConsole(output, error, false, false),
            cancellation.Token);

        var url = await LocalServeOutput.EndpointAsync(output, serving);
        using (var sqs = new AmazonSQSClient(new BasicAWSCredentials("any", "any"), new AmazonSQSConfig { ServiceURL = url, AuthenticationRegion = "us-east-1", MaxErrorRetry = 0 }))
        {
            (await sqs.CreateQueueAsync("first")).QueueUrl.Should().EndWith("/first");
        }

        await cancellation.CancelAsync();
        (await serving).Should().Be(0);
        output.ToString().Should().Contain("Latency: 20ms per request, jitter 5ms (seed 0).")
            .And.Contain("Rate limits (requests per second): sqs:CreateQueue=1.");
    }

    [Theory]
    [InlineData("--latency", "fast", "awslinq: --latency: 'fast' is not a duration: write a number and ms, s or m, as 50ms or 1.5s.")]
    [InlineData("--rate-limit", "s3:GetObject", "awslinq: --rate-limit: 's3:GetObject' is not a rate limit. Write service:operation=requests-per-second, for example s3:GetObject=5500.")]
    [InlineData("--rate-limit", "sns:Publish=5", "awslinq: --rate-limit: The rate limit 'sns:Publish=5' names the service 'sns'; the endpoint serves sqs, sts, ec2, s3.")]
    public async Task A_bad_latency_or_rate_limit_is_one_line_that_says_what_to_write(string option, string value, string message)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = await Cli.RunAsync(["local", "serve", "--port", "0", option, value], output, error, CancellationToken.None);

        exitCode.Should().NotBe(0);
        error.ToString().Should().Be(message + Environment.NewLine);
    }

    [Theory]
    [InlineData("s3-ListObjectsV2=throttling", "awslinq: --fault: 's3-ListObjectsV2=throttling' is not a fault rule. Write service:operation=fault[@rate][#times], for example s3:ListObjectsV2=throttling@10%.")]
    [InlineData("s3:ListObjectsV2=slow", "awslinq: --fault: 'slow' is not a fault. Use one of throttling, internal-error, unavailable, drop-before, drop-after, empty-next-token, truncated-without-token, silently-truncated, repeated-token, endless-empty-pages, keys-out-of-order, keys-repeated, ignores-bucket-filters, empty-body, unparsable-body, error-for-key-twice, error-for-unsent-key, delay:<duration> (delay:250ms) or error:<status>:<code> (error:403:AccessDenied).")]
    [InlineData("s3:GetObject=empty-body", "awslinq: --fault: The fault 'empty-body' does not apply to s3 GetObject: it applies to DeleteObjects.")]
    [InlineData("sns:Publish=throttling", "awslinq: --fault: The fault rule 'sns:Publish=throttling' names the service 'sns'; the endpoint serves sqs, sts, ec2, s3.")]
    public async Task A_bad_fault_is_one_line_that_says_what_to_write(string fault, string message)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = await Cli.RunAsync(["local", "serve", "--port", "0", "--fault", fault], output, error, CancellationToken.None);

        exitCode.Should().NotBe(0);
        error.ToString().Should().Be(message + Environment.NewLine);
    }
}
