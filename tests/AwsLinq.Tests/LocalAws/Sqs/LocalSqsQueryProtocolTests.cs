using System.Net;
using System.Xml.Linq;

namespace AwsLinq.Tests.LocalAws.Sqs;

/// <summary>
/// SQS's query protocol on the wire, as older SDKs and CLIs send it (form posts of <c>Action=</c>, XML answers),
/// answered by the same model as JSON 1.0 and logged under the same parameter names.
/// </summary>
public class LocalSqsQueryProtocolTests : LocalSqsTestBase
{
    private static readonly XNamespace Sqs = "http://queue.amazonaws.com/doc/2012-11-05/";

    private sealed record Answer(HttpStatusCode Status, XElement Root, string? RequestId, string? ContentType);

    private async Task<Answer> PostAsync(string path, params (string Name, string Value)[] parameters)
    {
        using var http = new HttpClient { BaseAddress = Server.ServiceUrl };
        using var content = new FormUrlEncodedContent(parameters.Select(p => KeyValuePair.Create(p.Name, p.Value)));
        using var response = await http.PostAsync(path, content);
        return await Read(response);
    }

    private static async Task<Answer> Read(HttpResponseMessage response) =>
        new(response.StatusCode,
            XElement.Parse(await response.Content.ReadAsStringAsync()),
            response.Headers.TryGetValues("x-amzn-RequestId", out var ids) ? ids.Single() : null,
            response.Content.Headers.ContentType?.MediaType);

    private static (string Name, string Value) Action(string action) => ("Action", action);

    private static readonly (string, string) Version = ("Version", "2012-11-05");

    [Fact]
    public async Task An_unsigned_form_post_with_an_SQS_action_and_version_is_answered_by_SQS_in_XML()
    {
        State.SeedQueues(["alpha", "beta", "apple"]);

        var answer = await PostAsync("/", Action("ListQueues"), Version, ("QueueNamePrefix", "a"));

        answer.Status.Should().Be(HttpStatusCode.OK);
        answer.ContentType.Should().Be("text/xml");
        answer.Root.Name.Should().Be(Sqs + "ListQueuesResponse");
        answer.Root.Element(Sqs + "ListQueuesResult")!.Elements(Sqs + "QueueUrl").Select(e => e.Value).Should().Equal(UrlOf("alpha"), UrlOf("apple"));
        answer.Root.Element(Sqs + "ResponseMetadata")!.Element(Sqs + "RequestId")!.Value.Should().Be(answer.RequestId);
        Logged("ListQueues").Single().Parameters.Should().Equal(new Dictionary<string, string> { ["QueueNamePrefix"] = "a" });
    }

    [Fact]
    public async Task A_request_posted_to_a_queue_URL_names_its_queue_by_the_path()
    {
        State.CreateQueue("jobs");

        var answer = await PostAsync("/000000000000/jobs", Action("SendMessage"), Version, ("MessageBody", "hello"));

        answer.Root.Element(Sqs + "SendMessageResult")!.Element(Sqs + "MD5OfMessageBody")!.Value.Should().Be("5d41402abc4b2a76b9719d911017c592");
        Logged("SendMessage").Single().Parameters.Should().Equal(new Dictionary<string, string>
        {
            ["MessageBody"] = "hello",
            ["QueueUrl"] = UrlOf("jobs"),
        });
        (await Client.ReceiveMessageAsync(UrlOf("jobs"))).Messages.Single().Body.Should().Be("hello");
    }

    [Fact]
    public async Task Attribute_and_tag_lists_are_read_as_maps_and_written_as_name_value_pairs()
    {
        var created = await PostAsync("/", Action("CreateQueue"), Version, ("QueueName", "mapped"),
            ("Attribute.1.Name", "VisibilityTimeout"), ("Attribute.1.Value", "45"), ("Tag.1.Key", "team"), ("Tag.1.Value", "core"));
        var url = created.Root.Element(Sqs + "CreateQueueResult")!.Element(Sqs + "QueueUrl")!.Value;

        var attributes = await PostAsync("/", Action("GetQueueAttributes"), Version, ("QueueUrl", url), ("AttributeName.1", "VisibilityTimeout"));
        var tags = await PostAsync("/", Action("ListQueueTags"), Version, ("QueueUrl", url));

        url.Should().Be(UrlOf("mapped"));
        attributes.Root.Element(Sqs + "GetQueueAttributesResult")!.Elements(Sqs + "Attribute")
            .Select(a => (a.Element(Sqs + "Name")!.Value, a.Element(Sqs + "Value")!.Value)).Should().Equal(("VisibilityTimeout", "45"));
        tags.Root.Element(Sqs + "ListQueueTagsResult")!.Elements(Sqs + "Tag")
            .Select(t => (t.Element(Sqs + "Key")!.Value, t.Element(Sqs + "Value")!.Value)).Should().Equal(("team", "core"));
        Logged("GetQueueAttributes").Single().Parameter("AttributeNames").Should().Be("VisibilityTimeout");
    }

    [Fact]
    public async Task A_received_message_carries_its_attributes_as_elements()
    {
        State.CreateQueue("inbox");
        await PostAsync("/", Action("SendMessage"), Version, ("QueueUrl", UrlOf("inbox")), ("MessageBody", "hi"),
            ("MessageAttribute.1.Name", "kind"), ("MessageAttribute.1.Value.DataType", "String"), ("MessageAttribute.1.Value.StringValue", "order"));

        var answer = await PostAsync("/", Action("ReceiveMessage"), Version, ("QueueUrl", UrlOf("inbox")),
            ("AttributeName.1", "ApproximateReceiveCount"), ("MessageAttributeName.1", "All"));

        var message = answer.Root.Element(Sqs + "ReceiveMessageResult")!.Elements(Sqs + "Message").Should().ContainSingle().Subject;
        message.Element(Sqs + "Body")!.Value.Should().Be("hi");
        message.Elements(Sqs + "Attribute").Select(a => a.Element(Sqs + "Name")!.Value + "=" + a.Element(Sqs + "Value")!.Value)
            .Should().Equal("ApproximateReceiveCount=1");
        var attribute = message.Element(Sqs + "MessageAttribute")!;
        attribute.Element(Sqs + "Name")!.Value.Should().Be("kind");
        attribute.Element(Sqs + "Value")!.Element(Sqs + "StringValue")!.Value.Should().Be("order");
        attribute.Element(Sqs + "Value")!.Element(Sqs + "DataType")!.Value.Should().Be("String");
        message.Element(Sqs + "MD5OfMessageAttributes")!.Value.Should().MatchRegex("^[0-9a-f]{32}$");
    }

    [Fact]
    public async Task Batch_entries_and_results_are_named_after_the_operation()
    {
        State.CreateQueue("batch");

        var answer = await PostAsync("/", Action("SendMessageBatch"), Version, ("QueueUrl", UrlOf("batch")),
            ("SendMessageBatchRequestEntry.1.Id", "a"), ("SendMessageBatchRequestEntry.1.MessageBody", "one"),
            ("SendMessageBatchRequestEntry.2.Id", "b"), ("SendMessageBatchRequestEntry.2.MessageBody", "two"),
            ("SendMessageBatchRequestEntry.2.DelaySeconds", "901"));

        var result = answer.Root.Element(Sqs + "SendMessageBatchResult")!;
        result.Elements(Sqs + "SendMessageBatchResultEntry").Select(e => e.Element(Sqs + "Id")!.Value).Should().Equal("a");
        var failed = result.Elements(Sqs + "BatchResultErrorEntry").Should().ContainSingle().Subject;
        failed.Element(Sqs + "Id")!.Value.Should().Be("b");
        failed.Element(Sqs + "SenderFault")!.Value.Should().Be("true");
        failed.Element(Sqs + "Code")!.Value.Should().Be("InvalidParameterValue");
        failed.Element(Sqs + "Message")!.Value.Should().Be("Value 901 for parameter DelaySeconds is invalid. Reason: DelaySeconds must be >= 0 and <= 900.");
    }

    [Fact]
    public async Task An_action_with_no_result_answers_with_the_request_id_alone()
    {
        State.CreateQueue("doomed");

        var answer = await PostAsync("/", Action("DeleteQueue"), Version, ("QueueUrl", UrlOf("doomed")));

        answer.Root.Name.Should().Be(Sqs + "DeleteQueueResponse");
        answer.Root.Elements().Select(e => e.Name.LocalName).Should().Equal("ResponseMetadata");
        State.QueueUrls().Should().BeEmpty();
    }

    [Fact]
    public async Task Errors_travel_as_the_query_protocol_sends_them()
    {
        var answer = await PostAsync("/", Action("GetQueueAttributes"), Version, ("QueueUrl", UrlOf("missing")));

        answer.Status.Should().Be(HttpStatusCode.BadRequest);
        answer.Root.Name.Should().Be(Sqs + "ErrorResponse");
        var error = answer.Root.Element(Sqs + "Error")!;
        error.Element(Sqs + "Type")!.Value.Should().Be("Sender");
        error.Element(Sqs + "Code")!.Value.Should().Be("AWS.SimpleQueueService.NonExistentQueue");
        error.Element(Sqs + "Message")!.Value.Should().Be("The specified queue does not exist for this wsdl version.");
        answer.Root.Element(Sqs + "RequestId")!.Value.Should().Be(answer.RequestId);
        Logged("GetQueueAttributes").Single().StatusCode.Should().Be(400);
    }

    [Fact]
    public async Task An_action_SQS_does_not_have_is_InvalidAction_and_one_it_has_but_is_not_emulated_UnsupportedOperation()
    {
        State.CreateQueue("q");

        var unknown = await PostAsync("/000000000000/q", Action("DescribeInstances"), Version);
        var unsupported = await PostAsync("/000000000000/q", Action("AddPermission"), Version, ("Label", "l"));

        var code = (Answer a) => a.Root.Element(Sqs + "Error")!.Element(Sqs + "Code")!.Value;
        (code(unknown), unknown.Root.Element(Sqs + "Error")!.Element(Sqs + "Message")!.Value)
            .Should().Be(("InvalidAction", "The action DescribeInstances is not valid for this web service."));
        code(unsupported).Should().Be("AWS.SimpleQueueService.UnsupportedOperation");
    }

    [Fact]
    public async Task A_request_signed_for_SQS_without_an_action_is_MissingAction()
    {
        using var http = new HttpClient { BaseAddress = Server.ServiceUrl };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/") { Content = new FormUrlEncodedContent([]) };
        request.Headers.TryAddWithoutValidation("Authorization",
            "AWS4-HMAC-SHA256 Credential=local/20250301/us-east-1/sqs/aws4_request, SignedHeaders=host, Signature=00");

        using var response = await http.SendAsync(request);
        var answer = await Read(response);

        answer.Root.Element(Sqs + "Error")!.Element(Sqs + "Code")!.Value.Should().Be("MissingAction");
        Server.Requests.For("sqs").Should().ContainSingle();
    }

    [Fact]
    public async Task A_query_string_request_is_read_as_a_form_is()
    {
        State.CreateQueue("by-get");
        using var http = new HttpClient { BaseAddress = Server.ServiceUrl };

        using var response = await http.GetAsync("/?Action=GetQueueUrl&QueueName=by-get&Version=2012-11-05");
        var answer = await Read(response);

        answer.Root.Element(Sqs + "GetQueueUrlResult")!.Element(Sqs + "QueueUrl")!.Value.Should().Be(UrlOf("by-get"));
    }

    [Fact]
    public async Task An_empty_list_is_sent_as_its_name_alone_and_read_as_empty()
    {
        var url = State.CreateQueue("bare");

        var answer = await PostAsync("/", Action("GetQueueAttributes"), Version, ("QueueUrl", url), ("AttributeNames", string.Empty));

        answer.Status.Should().Be(HttpStatusCode.OK);
        answer.Root.Element(Sqs + "GetQueueAttributesResult")!.Elements().Should().BeEmpty();
    }

    [Fact]
    public async Task An_unsigned_EC2_form_post_still_goes_to_EC2()
    {
        var answer = await PostAsync("/", Action("DescribeInstances"), ("Version", "2016-11-15"));

        answer.Status.Should().Be(HttpStatusCode.OK);
        answer.Root.Name.LocalName.Should().Be("DescribeInstancesResponse");
        Server.Requests.Snapshot().Select(r => (r.Service, r.Operation)).Should().Equal(("ec2", "DescribeInstances"));
    }

    [Fact]
    public async Task A_request_to_an_SQS_host_name_goes_to_SQS()
    {
        State.CreateQueue("hosted");
        using var http = new HttpClient { BaseAddress = Server.ServiceUrl };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/")
        {
            Content = new FormUrlEncodedContent([KeyValuePair.Create("Action", "ListQueues")]),
        };
        request.Headers.Host = $"sqs.us-east-1.localhost:{Server.ServiceUrl.Port}";

        using var response = await http.SendAsync(request);
        var answer = await Read(response);

        answer.Root.Name.Should().Be(Sqs + "ListQueuesResponse");
    }
}
