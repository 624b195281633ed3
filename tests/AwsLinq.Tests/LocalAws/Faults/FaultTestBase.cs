using Amazon.EC2;
using Amazon.S3;
using Amazon.SQS;
using AwsLinq.LocalAws;

namespace AwsLinq.Tests.LocalAws.Faults;

/// <summary>A fresh server per test with a client of every service; the clients retry unless a test asks otherwise.</summary>
public abstract class FaultTestBase : IAsyncLifetime
{
    protected LocalAwsServer Server { get; private set; } = null!;

    protected AmazonS3Client S3 { get; private set; } = null!;

    protected AmazonEC2Client Ec2 { get; private set; } = null!;

    protected AmazonSQSClient Sqs { get; private set; } = null!;

    protected virtual LocalAwsOptions Options => new();

    public async Task InitializeAsync()
    {
        Server = await LocalAwsServer.StartAsync(Options);
        S3 = Server.CreateS3Client();
        Ec2 = Server.CreateEc2Client();
        Sqs = Server.CreateSqsClient();
    }

    public async Task DisposeAsync()
    {
        S3.Dispose();
        Ec2.Dispose();
        Sqs.Dispose();
        await Server.DisposeAsync();
    }

    protected LocalFaults FaultsOf(string service) => service switch
    {
        "s3" => Server.S3.Faults,
        "ec2" => Server.Ec2.Faults,
        _ => Server.Sqs.Faults,
    };

    /// <summary>What the log shows of one operation's requests: the status and the faults that hit each.</summary>
    protected IEnumerable<(int StatusCode, string? Fault)> Served(string service, string operation) =>
        Server.Requests.For(service, operation).Select(r => (r.StatusCode, r.Fault));
}
