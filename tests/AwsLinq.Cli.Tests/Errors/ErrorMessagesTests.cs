using System.Net.Sockets;
using Amazon.Runtime;
using AwsLinq.Cli.Errors;

namespace AwsLinq.Cli.Tests.Errors;

/// <summary>The messages for failures a local endpoint cannot produce.</summary>
public sealed class ErrorMessagesTests
{
    [Fact]
    public void Missing_credentials_say_where_the_sdk_looks() =>
        ErrorMessages.Describe(new AmazonClientException("Failed to resolve AWS credentials. The credential providers used to search..."), "AWS")
            .Should().Be("no AWS credentials found: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, pass --profile, or configure a default profile.");

    [Fact]
    public void A_missing_region_names_the_option() =>
        ErrorMessages.Describe(new AmazonClientException("No RegionEndpoint or ServiceURL configured"), "AWS")
            .Should().Be("no AWS region configured: pass --region, or set AWS_REGION.");

    [Fact]
    public void A_network_failure_names_the_endpoint() =>
        ErrorMessages.Describe(new HttpRequestException("Name or service not known (s3.example:443)", new SocketException(11001)), "https://s3.example/")
            .Should().Be("cannot reach https://s3.example/: Name or service not known (s3.example:443)");

    [Fact]
    public void An_invalid_access_key_is_a_credentials_error() =>
        ErrorMessages.Describe(new AmazonServiceException("The AWS Access Key Id you provided does not exist in our records.") { ErrorCode = "InvalidAccessKeyId" }, "AWS")
            .Should().Be("AWS rejected the credentials (InvalidAccessKeyId): The AWS Access Key Id you provided does not exist in our records. Check --profile, AWS_PROFILE or AWS_ACCESS_KEY_ID.");

    [Fact]
    public void Anything_else_is_one_line_that_mentions_debug() =>
        ErrorMessages.Describe(new FormatException("bad\nthings"), "AWS")
            .Should().Be("unexpected error: FormatException: bad (run with --debug for details)");
}
