using Amazon.SQS;
using Amazon.SQS.Model;

namespace AwsLinq.Tests.LocalAws.Sqs;

public class LocalSqsAttributeTests : LocalSqsTestBase
{
    [Fact]
    public async Task All_returns_SQS_defaults_and_the_computed_attributes_of_a_standard_queue()
    {
        var before = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var url = State.CreateQueue("plain");

        var attributes = (await Client.GetQueueAttributesAsync(url, ["All"])).Attributes;

        attributes.Keys.Should().BeEquivalentTo(
            "QueueArn", "ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible", "ApproximateNumberOfMessagesDelayed",
            "CreatedTimestamp", "LastModifiedTimestamp", "VisibilityTimeout", "MaximumMessageSize", "MessageRetentionPeriod",
            "DelaySeconds", "ReceiveMessageWaitTimeSeconds", "SqsManagedSseEnabled");
        attributes.Should().Contain(new Dictionary<string, string>
        {
            ["QueueArn"] = "arn:aws:sqs:us-east-1:000000000000:plain",
            ["ApproximateNumberOfMessages"] = "0",
            ["VisibilityTimeout"] = "30",
            ["MaximumMessageSize"] = "1048576",
            ["MessageRetentionPeriod"] = "345600",
            ["DelaySeconds"] = "0",
            ["ReceiveMessageWaitTimeSeconds"] = "0",
            ["SqsManagedSseEnabled"] = "true",
        });
        long.Parse(attributes["CreatedTimestamp"]).Should().BeInRange(before, before + 5);
    }

    [Fact]
    public async Task A_fifo_queue_reports_its_fifo_attributes()
    {
        var url = State.CreateQueue("ordered.fifo", new Dictionary<string, string> { ["FifoQueue"] = "true", ["ContentBasedDeduplication"] = "true" });

        var response = await Client.GetQueueAttributesAsync(url, ["FifoQueue", "ContentBasedDeduplication", "DeduplicationScope", "FifoThroughputLimit"]);

        response.Attributes.Should().Equal(new Dictionary<string, string>
        {
            ["FifoQueue"] = "true",
            ["ContentBasedDeduplication"] = "true",
            ["DeduplicationScope"] = "queue",
            ["FifoThroughputLimit"] = "perQueue",
        });
        response.FifoQueue.Should().BeTrue();
    }

    [Fact]
    public async Task Attributes_a_queue_does_not_have_are_left_out()
    {
        var url = State.CreateQueue("bare");

        var response = await Client.GetQueueAttributesAsync(url, ["RedrivePolicy", "KmsMasterKeyId", "FifoQueue", "DelaySeconds"]);
        var none = await Client.GetQueueAttributesAsync(new GetQueueAttributesRequest { QueueUrl = url });

        response.Attributes.Should().Equal(new Dictionary<string, string> { ["DelaySeconds"] = "0" });
        (none.Attributes ?? []).Should().BeEmpty();
    }

    [Fact]
    public async Task An_unknown_attribute_name_fails_with_InvalidAttributeName()
    {
        var url = State.CreateQueue("q");

        var act = () => Client.GetQueueAttributesAsync(url, ["VisibilityTimeout", "Colour"]);

        (await act.Should().ThrowAsync<InvalidAttributeNameException>()).Which.Message.Should().Be("Unknown Attribute Colour.");
    }

    [Fact]
    public async Task SetQueueAttributes_changes_values_and_LastModifiedTimestamp()
    {
        var url = State.CreateQueue("tuned");
        State.CreateQueue("dead-letters");
        var policy = """{"deadLetterTargetArn":"arn:aws:sqs:us-east-1:000000000000:dead-letters","maxReceiveCount":"5"}""";

        await Client.SetQueueAttributesAsync(url, new() { ["VisibilityTimeout"] = "120", ["RedrivePolicy"] = policy, ["KmsMasterKeyId"] = "alias/aws/sqs" });
        var attributes = (await Client.GetQueueAttributesAsync(url, ["All"])).Attributes;

        attributes.Should().Contain(new Dictionary<string, string>
        {
            ["VisibilityTimeout"] = "120",
            ["RedrivePolicy"] = policy,
            ["KmsMasterKeyId"] = "alias/aws/sqs",
            ["KmsDataKeyReusePeriodSeconds"] = "300",
            ["SqsManagedSseEnabled"] = "false",
        });
        long.Parse(attributes["LastModifiedTimestamp"]).Should().BeGreaterThanOrEqualTo(long.Parse(attributes["CreatedTimestamp"]));
    }

    [Theory]
    [InlineData("VisibilityTimeout", "43201")]
    [InlineData("DelaySeconds", "-1")]
    [InlineData("MaximumMessageSize", "1023")]
    [InlineData("MessageRetentionPeriod", "59")]
    [InlineData("ReceiveMessageWaitTimeSeconds", "abc")]
    public async Task Values_outside_the_ranges_of_SQS_fail_with_InvalidAttributeValue(string name, string value)
    {
        var url = State.CreateQueue("strict");

        var act = () => Client.SetQueueAttributesAsync(url, new() { [name] = value });

        (await act.Should().ThrowAsync<InvalidAttributeValueException>()).Which.Message.Should().Be($"Invalid value for the parameter {name}.");
        (await Client.GetQueueAttributesAsync(url, [name])).Attributes[name].Should().NotBe(value);
    }

    [Fact]
    public async Task A_RedrivePolicy_to_a_missing_queue_fails()
    {
        var policy = """{"deadLetterTargetArn":"arn:aws:sqs:us-east-1:000000000000:nowhere","maxReceiveCount":3}""";

        var act = () => Client.CreateQueueAsync(new CreateQueueRequest { QueueName = "src", Attributes = new() { ["RedrivePolicy"] = policy } });

        (await act.Should().ThrowAsync<AmazonSQSException>()).Which.Message
            .Should().Be($"Value {policy} for parameter RedrivePolicy is invalid. Reason: Dead letter target does not exist.");
    }

    [Fact]
    public async Task Fifo_only_attributes_on_a_standard_queue_are_unknown()
    {
        var act = () => Client.CreateQueueAsync(new CreateQueueRequest { QueueName = "std", Attributes = new() { ["ContentBasedDeduplication"] = "true" } });

        await act.Should().ThrowAsync<InvalidAttributeNameException>();
    }

    [Fact]
    public async Task Tags_are_set_at_creation_added_replaced_and_removed()
    {
        var url = (await Client.CreateQueueAsync(new CreateQueueRequest { QueueName = "tagged", Tags = new() { ["team"] = "a", ["env"] = "dev" } })).QueueUrl;

        await Client.TagQueueAsync(new TagQueueRequest { QueueUrl = url, Tags = new() { ["env"] = "prod", ["cost"] = "42" } });
        await Client.UntagQueueAsync(new UntagQueueRequest { QueueUrl = url, TagKeys = ["team", "absent"] });
        var tags = await Client.ListQueueTagsAsync(new ListQueueTagsRequest { QueueUrl = url });

        tags.Tags.Should().Equal(new Dictionary<string, string> { ["env"] = "prod", ["cost"] = "42" });
    }

    [Fact]
    public async Task An_untagged_queue_lists_no_tags()
    {
        var url = State.CreateQueue("untagged");

        var tags = await Client.ListQueueTagsAsync(new ListQueueTagsRequest { QueueUrl = url });

        (tags.Tags ?? []).Should().BeEmpty();
    }
}
