using System.Net;
using Amazon.Runtime;
using Amazon.SecurityToken;
using Amazon.SecurityToken.Model;
using AwsLinq.LocalAws;

namespace AwsLinq.Tests.LocalAws.Sts;

/// <summary>LocalAws's minimal STS, through the SDK's own STS client and credential providers.</summary>
public sealed class LocalStsTests : IAsyncLifetime
{
    private const string RoleArn = "arn:aws:iam::123456789012:role/deploy/ci-deployer";

    private LocalAwsServer _server = null!;

    public async Task InitializeAsync() => _server = await LocalAwsServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Get_caller_identity_of_any_key_is_the_account_root_and_logs_the_key_id()
    {
        using var sts = Client(new BasicAWSCredentials("AKIDSTATIC", "secret"));

        var identity = await sts.GetCallerIdentityAsync(new GetCallerIdentityRequest());

        (identity.Account, identity.Arn, identity.UserId).Should().Be(("000000000000", "arn:aws:iam::000000000000:root", "000000000000"));
        var served = _server.Requests.For("sts", "GetCallerIdentity").Should().ContainSingle().Subject;
        served.Parameter("AccessKeyId").Should().Be("AKIDSTATIC");
        served.StatusCode.Should().Be(200);
    }

    [Fact]
    public async Task Assume_role_issues_credentials_that_get_caller_identity_names_as_the_role_session()
    {
        using var sts = Client(new BasicAWSCredentials("AKIDSOURCE", "secret"));

        var assumed = await sts.AssumeRoleAsync(new AssumeRoleRequest { RoleArn = RoleArn, RoleSessionName = "build-42", DurationSeconds = 900 });
        using var asRole = Client(new SessionAWSCredentials(assumed.Credentials.AccessKeyId, assumed.Credentials.SecretAccessKey, assumed.Credentials.SessionToken));
        var identity = await asRole.GetCallerIdentityAsync(new GetCallerIdentityRequest());

        assumed.Credentials.AccessKeyId.Should().MatchRegex("^ASIA[A-Z2-7]{16}$");
        assumed.Credentials.Expiration.Should().BeAfter(DateTime.UtcNow.AddMinutes(10));
        assumed.AssumedRoleUser.Arn.Should().Be("arn:aws:sts::123456789012:assumed-role/ci-deployer/build-42");
        (identity.Account, identity.Arn).Should().Be(("123456789012", "arn:aws:sts::123456789012:assumed-role/ci-deployer/build-42"));
        identity.UserId.Should().EndWith(":build-42").And.StartWith("AROA");
        var request = _server.Requests.For("sts", "AssumeRole").Should().ContainSingle().Subject;
        (request.Parameter("RoleArn"), request.Parameter("RoleSessionName"), request.Parameter("DurationSeconds"), request.Parameter("AccessKeyId"))
            .Should().Be((RoleArn, "build-42", "900", "AKIDSOURCE"));
    }

    [Fact]
    public async Task Assume_role_with_web_identity_is_answered_unsigned_and_never_logs_the_token()
    {
        using var sts = Client(new AnonymousAWSCredentials());

        var assumed = await sts.AssumeRoleWithWebIdentityAsync(
            new AssumeRoleWithWebIdentityRequest { RoleArn = RoleArn, RoleSessionName = "pod-7", WebIdentityToken = "eyJhbGciOi.token.signature" });

        assumed.AssumedRoleUser.Arn.Should().Be("arn:aws:sts::123456789012:assumed-role/ci-deployer/pod-7");
        assumed.Credentials.SessionToken.Should().NotBeNullOrEmpty();
        var request = _server.Requests.For("sts", "AssumeRoleWithWebIdentity").Should().ContainSingle().Subject;
        request.Parameter("RoleArn").Should().Be(RoleArn);
        request.Parameters.Should().NotContainKey("WebIdentityToken").And.NotContainKey("AccessKeyId");
        request.Parameters.Values.Should().NotContain(v => v.Contains("token.signature", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_malformed_role_arn_is_a_validation_error()
    {
        using var sts = Client(new BasicAWSCredentials("AKID", "secret"));

        var call = () => sts.AssumeRoleAsync(new AssumeRoleRequest { RoleArn = "arn:aws:iam::12345:role/short-account", RoleSessionName = "s1" });

        var error = (await call.Should().ThrowAsync<AmazonSecurityTokenServiceException>()).Which;
        (error.ErrorCode, error.StatusCode, error.ErrorType).Should().Be(("ValidationError", HttpStatusCode.BadRequest, ErrorType.Sender));
        error.Message.Should().Be("arn:aws:iam::12345:role/short-account is invalid");
    }

    [Theory]
    [InlineData(null, "s1", 3600, "1 validation error detected: Value null at 'roleArn' failed to satisfy constraint: Member must not be null")]
    [InlineData(RoleArn, null, 3600, "1 validation error detected: Value null at 'roleSessionName' failed to satisfy constraint: Member must not be null")]
    [InlineData(RoleArn, "a b", 3600, "1 validation error detected: Value 'a b' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*")]
    [InlineData(RoleArn, "s1", 899, "1 validation error detected: Value '899' at 'durationSeconds' failed to satisfy constraint: Member must have value between 900 and 43200")]
    [InlineData(RoleArn, "s1", 43_201, "1 validation error detected: Value '43201' at 'durationSeconds' failed to satisfy constraint: Member must have value between 900 and 43200")]
    public async Task Assume_role_refuses_what_the_reference_refuses_with_a_validation_error(string? roleArn, string? session, int duration, string message)
    {
        using var sts = Client(new BasicAWSCredentials("AKID", "secret"));

        var call = () => sts.AssumeRoleAsync(new AssumeRoleRequest { RoleArn = roleArn, RoleSessionName = session, DurationSeconds = duration });

        var error = (await call.Should().ThrowAsync<AmazonSecurityTokenServiceException>()).Which;
        (error.ErrorCode, error.StatusCode, error.Message).Should().Be(("ValidationError", HttpStatusCode.BadRequest, message));
        _server.Requests.For("sts", "AssumeRole").Should().ContainSingle().Which.StatusCode.Should().Be(400);
    }

    [Fact]
    public async Task A_web_identity_token_too_short_to_be_one_is_InvalidIdentityToken()
    {
        // The SDK refuses a token under 4 characters before sending it; other clients may send one.
        using var response = await PostUnsignedAsync(new Dictionary<string, string>
        {
            ["Action"] = "AssumeRoleWithWebIdentity", ["Version"] = "2011-06-15", ["RoleArn"] = RoleArn, ["RoleSessionName"] = "pod-7", ["WebIdentityToken"] = "abc",
        });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("<Code>InvalidIdentityToken</Code>")
            .And.Contain("<Message>The web identity token that was passed could not be validated by AWS.</Message>");
        _server.Requests.For("sts", "AssumeRoleWithWebIdentity").Should().ContainSingle().Which.StatusCode.Should().Be(400);
    }

    [Fact]
    public async Task A_request_without_an_action_is_MissingAction()
    {
        using var response = await PostUnsignedAsync(new Dictionary<string, string> { ["Version"] = "2011-06-15" });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("<Code>MissingAction</Code>")
            .And.Contain("<Message>The request must contain the parameter Action.</Message>");
        _server.Requests.For("sts").Should().ContainSingle().Which.StatusCode.Should().Be(400);
    }

    [Fact]
    public async Task An_action_sts_does_not_serve_is_invalid_action()
    {
        using var sts = Client(new BasicAWSCredentials("AKID", "secret"));

        var call = () => sts.GetSessionTokenAsync(new GetSessionTokenRequest());

        (await call.Should().ThrowAsync<AmazonSecurityTokenServiceException>()).Which.ErrorCode.Should().Be("InvalidAction");
        _server.Requests.For("sts", "GetSessionToken").Should().ContainSingle().Which.StatusCode.Should().Be(400);
    }

    /// <summary>An unsigned form post with the user agent of the SDK's STS client, as it sends AssumeRoleWithWebIdentity.</summary>
    private async Task<HttpResponseMessage> PostUnsignedAsync(Dictionary<string, string> form)
    {
        using var http = new HttpClient { BaseAddress = _server.ServiceUrl };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/") { Content = new FormUrlEncodedContent(form) };
        request.Headers.TryAddWithoutValidation("User-Agent", "aws-sdk-dotnet-coreclr/4.0 api/STS#4.0");
        return await http.SendAsync(request);
    }

    private AmazonSecurityTokenServiceClient Client(AWSCredentials credentials) => new(credentials, Config());

    private AmazonSecurityTokenServiceConfig Config() => new() { ServiceURL = _server.ServiceUrl.ToString(), AuthenticationRegion = "us-east-1" };
}
