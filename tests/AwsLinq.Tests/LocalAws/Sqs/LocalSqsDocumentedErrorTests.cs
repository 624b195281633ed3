using System.Text;
using System.Text.Json;

namespace AwsLinq.Tests.LocalAws.Sqs;

/// <summary>
/// The SQS errors of docs/local-endpoint.md that no feature's tests reach, sent as JSON 1.0 bodies so that a member can
/// be left out or given the wrong JSON type as an SDK would never send it: each answered with SQS's error shape, code
/// and message.
/// </summary>
public class LocalSqsDocumentedErrorTests : LocalSqsTestBase
{
    [Theory]
    [InlineData("GetQueueUrl", """{}""", "QueueName")]
    [InlineData("GetQueueAttributes", """{}""", "QueueUrl")]
    [InlineData("SendMessage", """{"QueueUrl": "{url}"}""", "MessageBody")]
    [InlineData("DeleteMessage", """{"QueueUrl": "{url}"}""", "ReceiptHandle")]
    [InlineData("ChangeMessageVisibility", """{"QueueUrl": "{url}", "ReceiptHandle": "handle"}""", "VisibilityTimeout")]
    public async Task A_required_member_left_out_is_MissingParameter_naming_it(string operation, string body, string member)
    {
        var url = State.CreateQueue("errors");

        var (status, code, type, message) = await PostAsync(operation, body.Replace("{url}", url, StringComparison.Ordinal));

        (status, code, type, message).Should().Be(
            (400, "MissingParameter;Sender", "com.amazon.coral.service#MissingRequiredParameterException", $"The request must contain the parameter {member}."));
        Logged(operation).Should().ContainSingle().Which.StatusCode.Should().Be(400);
        (await VisibleAndInFlight(url)).Should().Be((0, 0));
    }

    [Theory]
    [InlineData("SendMessage", """{"QueueUrl": "{url}", "MessageBody": 5}""", "Unexpected Number for the member MessageBody; expected String.")]
    [InlineData("ReceiveMessage", """{"QueueUrl": "{url}", "MaxNumberOfMessages": "10"}""", "Unexpected String for the member MaxNumberOfMessages; expected Number.")]
    [InlineData("ReceiveMessage", """{"QueueUrl": "{url}", "WaitTimeSeconds": 1.5}""", "NUMBER_VALUE cannot be converted to Integer for WaitTimeSeconds")]
    [InlineData("GetQueueAttributes", """{"QueueUrl": "{url}", "AttributeNames": [1]}""", "Unexpected value in the list AttributeNames")]
    public async Task A_member_of_the_wrong_JSON_type_is_MalformedInput(string operation, string body, string message)
    {
        var url = State.CreateQueue("errors");

        var answer = await PostAsync(operation, body.Replace("{url}", url, StringComparison.Ordinal));

        answer.Should().Be((400, "MalformedInput;Sender", "com.amazon.coral.service#SerializationException", message));
        (await VisibleAndInFlight(url)).Should().Be((0, 0));
    }

    private async Task<(int Status, string QueryError, string? Type, string? Message)> PostAsync(string operation, string body)
    {
        using var http = new HttpClient { BaseAddress = Server.ServiceUrl };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/") { Content = new StringContent(body, Encoding.UTF8, "application/x-amz-json-1.0") };
        request.Headers.Add("X-Amz-Target", "AmazonSQS." + operation);
        using var response = await http.SendAsync(request);
        using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return ((int)response.StatusCode, response.Headers.GetValues("x-amzn-query-error").Single(),
            answer.RootElement.GetProperty("__type").GetString(), answer.RootElement.GetProperty("message").GetString());
    }
}
