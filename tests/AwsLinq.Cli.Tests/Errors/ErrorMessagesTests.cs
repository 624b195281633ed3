using System.Net.Sockets;
using Amazon.Runtime;
using AwsLinq.Cli.Errors;

namespace AwsLinq.Cli.Tests.Errors;

/// <summary>The messages and exit codes for failures a local endpoint cannot produce, classified by type and error code.</summary>
public sealed class ErrorMessagesTests
{
    [Fact]
    public void A_network_failure_names_the_endpoint() =>
        ErrorMessages.Describe(new HttpRequestException("Name or service not known (s3.example:443)", new SocketException(11001)), "https://s3.example/")
            .Should().Be(new ErrorReport("cannot reach https://s3.example/: Name or service not known (s3.example:443)", 1));

    [Fact]
    public void An_invalid_access_key_is_a_credentials_error_the_service_answered() =>
        ErrorMessages.Describe(new AmazonServiceException("The AWS Access Key Id you provided does not exist in our records.") { ErrorCode = "InvalidAccessKeyId" }, "AWS")
            .Should().Be(new ErrorReport(
                "AWS rejected the credentials (InvalidAccessKeyId): The AWS Access Key Id you provided does not exist in our records. Check --profile, AWS_PROFILE or AWS_ACCESS_KEY_ID.",
                254));

    [Fact]
    public void A_message_that_merely_mentions_credentials_is_not_taken_for_missing_credentials() =>
        ErrorMessages.Describe(new AmazonClientException("Failed to resolve AWS credentials. The credential providers..."), "AWS")
            .Should().Be(new ErrorReport("Failed to resolve AWS credentials. The credential providers...", 1));

    [Fact]
    public void A_timeout_names_the_endpoint_and_the_option() =>
        ErrorMessages.Describe(new TaskCanceledException("The request was canceled", new TimeoutException("timed out")), "http://127.0.0.1:9/")
            .Should().Be(new ErrorReport(
                "no answer from http://127.0.0.1:9/ in time: the endpoint accepted the connection but did not respond. Check the URL, or allow more time with --cli-read-timeout.",
                1));

    [Fact]
    public void Anything_else_is_one_line_that_mentions_debug() =>
        ErrorMessages.Describe(new FormatException("bad\nthings"), "AWS")
            .Should().Be(new ErrorReport("unexpected error: FormatException: bad (run with --debug for details)", 1));
}
