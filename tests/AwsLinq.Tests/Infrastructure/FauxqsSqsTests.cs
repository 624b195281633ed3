using Amazon.SQS.Model;

namespace AwsLinq.Tests.Infrastructure;

public sealed class FauxqsSqsTests(FauxqsServer server) : IClassFixture<FauxqsServer>
{
    [Fact]
    public async Task Queue_create_and_list_work_through_the_AWS_SDK()
    {
        using var sqs = server.CreateSqsClient();
        var name = $"smoke-{Guid.NewGuid():N}";

        var created = await sqs.CreateQueueAsync(name);
        var listed = await sqs.ListQueuesAsync(new ListQueuesRequest { QueueNamePrefix = name });

        // fauxqs names queues by a host of its own, sqs.<region>.localhost:<port>, not the endpoint it was called on.
        created.QueueUrl.Should().Be($"http://sqs.us-east-1.localhost:{server.ServiceUrl.Port}/000000000000/{name}");
        listed.QueueUrls.Should().Equal(created.QueueUrl);
    }
}
