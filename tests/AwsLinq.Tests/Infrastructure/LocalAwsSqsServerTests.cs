using Amazon.SQS.Model;

namespace AwsLinq.Tests.Infrastructure;

public sealed class LocalAwsSqsServerTests(LocalAwsSqsServer server) : IClassFixture<LocalAwsSqsServer>
{
    [Fact]
    public async Task Queue_create_and_list_work_through_the_AWS_SDK()
    {
        using var sqs = server.CreateSqsClient();
        var name = $"smoke-{Guid.NewGuid():N}";

        var created = await sqs.CreateQueueAsync(name);
        var listed = await sqs.ListQueuesAsync(new ListQueuesRequest { QueueNamePrefix = name });

        server.ServiceUrl.Host.Should().Be("127.0.0.1");
        created.QueueUrl.Should().Be($"{server.ServiceUrl.AbsoluteUri}000000000000/{name}");
        listed.QueueUrls.Should().Equal(created.QueueUrl);
    }
}
