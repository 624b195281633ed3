using Amazon;
using Amazon.EC2;
using Amazon.S3;
using Amazon.SQS;
using AwsLinq.Cli.Connection;
using AwsLinq.Cli.Tests.Infrastructure;
using AwsLinq.Providers;

namespace AwsLinq.Cli.Tests.Connection;

public sealed class AwsClientFactoryTests
{
    // The EC2 and SQS clients look for credentials as soon as they are created.
    public AwsClientFactoryTests() => DummyCredentials.Ensure();

    [Fact]
    public void An_endpoint_url_is_the_service_url_and_s3_uses_path_style()
    {
        var factory = new AwsClientFactory(new ConnectionSettings(new Uri("http://127.0.0.1:4566/"), "eu-west-1", null, null), new RequestCounter());

        using var s3 = (AmazonS3Client)factory.Create(S3Catalog.Service);
        using var ec2 = (AmazonEC2Client)factory.Create(Ec2Catalog.Service);
        var config = (AmazonS3Config)s3.Config;

        config.ServiceURL.Should().Be("http://127.0.0.1:4566/");
        config.ForcePathStyle.Should().BeTrue();
        config.AuthenticationRegion.Should().Be("eu-west-1");
        ec2.Config.ServiceURL.Should().Be("http://127.0.0.1:4566/");
    }

    [Fact]
    public void Without_an_endpoint_the_region_picks_the_aws_endpoint_and_s3_keeps_virtual_hosts()
    {
        var factory = new AwsClientFactory(new ConnectionSettings(null, "ap-southeast-2", null, null), new RequestCounter());

        using var s3 = (AmazonS3Client)factory.Create(S3Catalog.Service);
        using var sqs = (AmazonSQSClient)factory.Create(SqsCatalog.Service);

        s3.Config.RegionEndpoint.Should().Be(RegionEndpoint.APSoutheast2);
        ((AmazonS3Config)s3.Config).ForcePathStyle.Should().BeFalse();
        sqs.Config.RegionEndpoint.Should().Be(RegionEndpoint.APSoutheast2);
    }
}
