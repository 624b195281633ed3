using System.Net;
using System.Net.Sockets;
using AwsLinq.LocalAws;

namespace AwsLinq.Tests.LocalAws;

public class LocalAwsServerTests : LocalAwsTestBase
{
    [Fact]
    public void ServiceUrl_is_http_on_the_loopback_address_with_the_bound_port()
    {
        Server.ServiceUrl.Scheme.Should().Be("http");
        Server.ServiceUrl.Host.Should().Be("127.0.0.1");
        Server.ServiceUrl.Port.Should().BePositive();
        Server.ServiceUrl.AbsolutePath.Should().Be("/");
    }

    [Fact]
    public void CreateS3Client_points_the_sdk_at_the_endpoint_and_lets_configure_run_last()
    {
        using var client = Server.CreateS3Client(c => c.MaxErrorRetry = 0);

        var config = (Amazon.S3.AmazonS3Config)client.Config;
        config.ServiceURL.Should().Be(Server.ServiceUrl.ToString());
        config.ForcePathStyle.Should().BeTrue();
        config.AuthenticationRegion.Should().Be("us-east-1");
        config.MaxErrorRetry.Should().Be(0);
    }

    [Fact]
    public async Task Every_response_carries_a_request_id()
    {
        using var http = new HttpClient { BaseAddress = Server.ServiceUrl };

        var ok = await http.GetAsync("/");
        var missing = await http.GetAsync("/nobucket?list-type=2");

        ok.Headers.GetValues("x-amz-request-id").Single().Should().MatchRegex("^[0-9A-F]{16}$");
        var requestId = missing.Headers.GetValues("x-amz-request-id").Single();
        var body = await missing.Content.ReadAsStringAsync();
        body.Should().Contain("<Code>NoSuchBucket</Code>")
            .And.Contain("<BucketName>nobucket</BucketName>")
            .And.Contain($"<RequestId>{requestId}</RequestId>");
    }

    [Fact]
    public async Task Virtual_hosted_requests_name_the_bucket_in_the_Host_header()
    {
        State.CreateBucket("hosted");
        State.PutObject("hosted", "dir/file.txt", "hi"u8);
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(Server.ServiceUrl, "/dir/file.txt"));
        request.Headers.Host = $"hosted.localhost:{Server.ServiceUrl.Port}";

        var response = await http.SendAsync(request);

        (await response.Content.ReadAsStringAsync()).Should().Be("hi");
        Server.Requests.For("s3", "GetObject", "hosted").Single().Parameter("Key").Should().Be("dir/file.txt");
    }

    [Fact]
    public async Task A_fixed_port_is_honoured_and_released_on_dispose()
    {
        var port = FreePort();

        await using (var fixedServer = await LocalAwsServer.StartAsync(new LocalAwsOptions { Port = port, Region = "eu-west-1" }))
        {
            fixedServer.ServiceUrl.Port.Should().Be(port);
            fixedServer.S3.DefaultRegion.Should().Be("eu-west-1");
        }

        using var listener = new TcpListener(IPAddress.Loopback, port);
        listener.Start();
    }

    [Fact]
    public async Task StartAsync_rejects_an_invalid_port()
    {
        var act = () => LocalAwsServer.StartAsync(new LocalAwsOptions { Port = 70000 });

        await act.Should().ThrowAsync<ArgumentOutOfRangeException>();
    }

    [Fact]
    public async Task StartAsync_on_a_port_in_use_throws_IOException()
    {
        var act = () => LocalAwsServer.StartAsync(new LocalAwsOptions { Port = Server.ServiceUrl.Port });

        await act.Should().ThrowAsync<IOException>();
    }

    [Fact]
    public async Task The_clock_of_the_options_dates_written_objects_and_buckets()
    {
        var now = new DateTimeOffset(2030, 6, 7, 8, 9, 10, 500, TimeSpan.Zero);
        await using var clocked = await LocalAwsServer.StartAsync(new LocalAwsOptions { TimeProvider = new FixedClock(now) });
        using var client = clocked.CreateS3Client();

        await client.PutBucketAsync("dated");
        await client.PutObjectAsync(new Amazon.S3.Model.PutObjectRequest { BucketName = "dated", Key = "k", ContentBody = "x" });

        var truncated = new DateTimeOffset(2030, 6, 7, 8, 9, 10, TimeSpan.Zero);
        clocked.S3.FindObject("dated", "k")!.LastModified.Should().Be(truncated);
        (await client.ListBucketsAsync()).Buckets.Single().CreationDate.Should().Be(truncated.UtcDateTime.ToLocalTime());
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
