using System.Net;
using System.Net.Http.Headers;
using Amazon.S3.Model;

namespace AwsLinq.Tests.LocalAws;

public class BrowserGuardTests : LocalAwsTestBase
{
    [Fact]
    public async Task A_Host_that_is_not_the_loopback_address_and_port_is_refused_with_a_clear_403()
    {
        State.CreateBucket("guarded");
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Delete, new Uri(Server.ServiceUrl, "/guarded"));
        request.Headers.Host = $"rebound.example:{Port}";

        using var response = await http.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await response.Content.ReadAsStringAsync()).Should().Be(
            $"LocalAws refused this request: its Host header 'rebound.example:{Port}' is not the address it listens on (127.0.0.1:{Port} or localhost:{Port}). "
            + $"A name that merely resolves to 127.0.0.1 could be a web page's DNS rebinding; point clients at http://127.0.0.1:{Port}/.\n");
        State.BucketExists("guarded").Should().BeTrue();
        Server.Requests.Snapshot().Single().Should().Match<AwsLinq.LocalAws.ServedRequest>(r =>
            r.Service == "localaws" && r.Operation == "Refused" && r.StatusCode == 403 && r.Parameter("Host") == $"rebound.example:{Port}");
    }

    [Fact]
    public async Task The_right_host_on_another_port_is_refused_too()
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, Server.ServiceUrl);
        request.Headers.Host = $"127.0.0.1:{Port + 1}";

        using var response = await http.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_cross_origin_form_post_from_a_web_page_is_refused_and_changes_nothing()
    {
        var id = Server.Ec2.Seed([[new AwsLinq.LocalAws.LocalEc2Instance()]]).Single();
        using var http = new HttpClient { BaseAddress = Server.ServiceUrl };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Action"] = "TerminateInstances", ["InstanceId.1"] = id }),
        };
        request.Headers.Add("Origin", "http://evil.example");

        using var response = await http.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await response.Content.ReadAsStringAsync()).Should().Be(
            "LocalAws refused this request: it comes from the web page at 'http://evil.example' (its Origin header), and a page in a browser must not drive the local endpoint. AWS SDKs and CLIs send no Origin header.\n");
        Server.Ec2.FindInstance(id)!.State.Should().Be("running");
    }

    [Fact]
    public async Task A_request_a_browser_marks_cross_site_is_refused()
    {
        using var http = new HttpClient { BaseAddress = Server.ServiceUrl };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("Sec-Fetch-Site", "cross-site");

        using var response = await http.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await response.Content.ReadAsStringAsync()).Should().Be(
            "LocalAws refused this request: the browser marked it 'Sec-Fetch-Site: cross-site', so another site's page sent it, and a page in a browser must not drive the local endpoint.\n");
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("localhost")]
    [InlineData("LOCALHOST")]
    public async Task The_loopback_names_with_the_server_port_and_the_server_own_origin_are_served(string host)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, Server.ServiceUrl);
        request.Headers.Host = $"{host}:{Port}";
        request.Headers.Add("Origin", $"http://{host}:{Port}");
        request.Headers.Add("Sec-Fetch-Site", "same-origin");

        using var response = await http.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        Server.Requests.Snapshot().Single().Operation.Should().Be("ListBuckets");
    }

    [Fact]
    public async Task The_SDK_clients_are_served()
    {
        await Client.PutBucketAsync("sdk-bucket");
        using var ec2 = Server.CreateEc2Client();
        using var sqs = Server.CreateSqsClient();

        await ec2.DescribeInstancesAsync(new Amazon.EC2.Model.DescribeInstancesRequest());
        await sqs.ListQueuesAsync(new Amazon.SQS.Model.ListQueuesRequest());
        var listed = await Client.ListObjectsV2Async(new ListObjectsV2Request { BucketName = "sdk-bucket" });

        listed.HttpStatusCode.Should().Be(HttpStatusCode.OK);
        Server.Requests.Snapshot().Should().OnlyContain(r => r.StatusCode == 200);
    }

    [Fact]
    public async Task An_error_answered_before_a_withheld_100_continue_body_closes_the_connection()
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Put, new Uri(Server.ServiceUrl, "/no-such-bucket/key"))
        {
            Content = new ByteArrayContent(new byte[1024]),
        };
        request.Headers.ExpectContinue = true;
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");

        using var response = await http.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        response.Headers.ConnectionClose.Should().BeTrue();
    }

    private int Port => Server.ServiceUrl.Port;
}
