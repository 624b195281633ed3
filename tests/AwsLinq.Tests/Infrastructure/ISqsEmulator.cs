using Amazon.SQS;

namespace AwsLinq.Tests.Infrastructure;

/// <summary>An SQS emulator process the tests start, whichever package it comes from.</summary>
public interface ISqsEmulator : IAsyncLifetime
{
    AmazonSQSClient CreateSqsClient();
}
