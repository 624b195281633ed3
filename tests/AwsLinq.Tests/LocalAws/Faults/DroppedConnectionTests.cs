using Amazon.S3.Model;
using Amazon.SQS.Model;
using AwsLinq.LocalAws;

namespace AwsLinq.Tests.LocalAws.Faults;

public class DroppedConnectionTests : FaultTestBase
{
    [Fact]
    public async Task A_drop_before_acting_changes_nothing_and_the_retry_succeeds()
    {
        var url = Server.Sqs.CreateQueue("jobs");
        Server.Sqs.Faults.Add("DeleteQueue", LocalFault.DropBeforeActing, times: 1);

        await Sqs.DeleteQueueAsync(url);

        Server.Sqs.QueueUrls().Should().BeEmpty();
        Served("sqs", "DeleteQueue").Should().Equal((0, "drop-before"), (200, null));
    }

    [Fact]
    public async Task A_drop_after_acting_changes_the_state_so_the_retried_DeleteQueue_finds_no_queue()
    {
        var url = Server.Sqs.CreateQueue("jobs");
        Server.Sqs.Faults.Add("DeleteQueue", LocalFault.DropAfterActing, times: 1);

        var act = () => Sqs.DeleteQueueAsync(url);

        (await act.Should().ThrowAsync<QueueDoesNotExistException>()).Which.ErrorCode.Should().Be("AWS.SimpleQueueService.NonExistentQueue");
        Server.Sqs.QueueUrls().Should().BeEmpty();
        Served("sqs", "DeleteQueue").Should().Equal((0, "drop-after"), (400, null));
    }

    [Fact]
    public async Task A_drop_after_acting_on_PutObject_stores_the_object_and_the_retry_stores_it_again()
    {
        Server.S3.CreateBucket("bucket");
        Server.S3.Faults.Add("PutObject", LocalFault.DropAfterActing, times: 1);

        await S3.PutObjectAsync(new PutObjectRequest { BucketName = "bucket", Key = "k", ContentBody = "hello" });

        Server.S3.FindObject("bucket", "k")!.Size.Should().Be(5);
        Served("s3", "PutObject").Should().Equal((0, "drop-after"), (200, null));
    }

    [Fact]
    public async Task Without_retries_a_drop_reaches_the_caller_as_a_transport_error()
    {
        Server.Sqs.Faults.Add("ListQueues", LocalFault.DropBeforeActing);
        using var client = Server.CreateSqsClient(c => c.MaxErrorRetry = 0);

        var act = () => client.ListQueuesAsync(new ListQueuesRequest());

        await act.Should().ThrowAsync<IOException>();

        // .NET's connection pool resends once, by itself, a request whose reused connection closed before any answer.
        Served("sqs", "ListQueues").Distinct().Should().Equal((0, "drop-before"));
    }
}
