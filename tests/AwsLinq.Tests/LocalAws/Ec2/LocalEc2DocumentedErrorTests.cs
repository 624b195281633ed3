using System.Net;
using System.Xml.Linq;
using AwsLinq.LocalAws;

namespace AwsLinq.Tests.LocalAws.Ec2;

/// <summary>
/// The EC2 errors of docs/local-endpoint.md that no feature's tests reach, sent as query-protocol form posts so that
/// a parameter can be left out or malformed as the SDK would never send it: each answered with EC2's code and message,
/// and nothing changed.
/// </summary>
public class LocalEc2DocumentedErrorTests : Ec2TestBase
{
    [Theory]
    [InlineData("Action=RunInstances&ImageId=ami-1&MaxCount=1", "MissingParameter", "The request must contain the parameter MinCount")]
    [InlineData("Action=RunInstances&ImageId=ami-1&MinCount=1", "MissingParameter", "The request must contain the parameter MaxCount")]
    [InlineData("Action=RunInstances&ImageId=ami-1&MinCount=0&MaxCount=1", "InvalidParameterValue", "Value (0) for parameter minCount is invalid. Expecting a value greater than 0.")]
    [InlineData("Action=RunInstances&ImageId=ami-1&MinCount=2&MaxCount=1", "InvalidParameterValue", "Value (1) for parameter maxCount is invalid. Expecting a value from minCount (2) to 10000.")]
    [InlineData("Action=RunInstances&ImageId=ami-1&MinCount=1&MaxCount=10001", "InvalidParameterValue", "Value (10001) for parameter maxCount is invalid. Expecting a value from minCount (1) to 10000.")]
    [InlineData("Action=RunInstances&ImageId=ami-1&MinCount=one&MaxCount=1", "InvalidParameterValue", "Invalid value 'one' for MinCount. Expecting an integer.")]
    [InlineData("Action=DescribeInstances&DryRun=maybe", "InvalidParameterValue", "Invalid value 'maybe' for DryRun. Expecting a boolean.")]
    [InlineData("Action=StartInstances", "MissingParameter", "The request must contain the parameter InstanceId")]
    [InlineData("Action=RebootInstances", "MissingParameter", "The request must contain the parameter InstanceId")]
    [InlineData("Action=CreateTags&Tag.1.Key=k&Tag.1.Value=v", "MissingParameter", "The request must contain the parameter resourceIdSet")]
    [InlineData("Action=CreateTags&ResourceId.1=i-0123456789abcdef0", "MissingParameter", "The request must contain the parameter Tag")]
    [InlineData("Action=DescribeInstances&Filter.1.Value.1=running", "MissingParameter", "The request must contain the parameter Filter.Name")]
    public async Task A_missing_or_unreadable_parameter_is_refused_naming_it(string query, string code, string message)
    {
        SeedEach(new LocalEc2Instance { InstanceId = "i-0123456789abcdef0" });

        var (status, error) = await PostAsync(query);

        (status, error.Code, error.Message).Should().Be((HttpStatusCode.BadRequest, code, message));
        Server.Requests.For("ec2").Should().ContainSingle().Which.StatusCode.Should().Be(400);
        State.Instances().Should().ContainSingle().Which.Tags.Should().BeEmpty();
    }

    [Theory]
    [InlineData("shutting-down")]
    [InlineData("terminated")]
    public async Task Stopping_an_instance_that_is_shutting_down_or_terminated_is_IncorrectInstanceState(string state)
    {
        var ids = SeedEach(new LocalEc2Instance { State = "running" }, new LocalEc2Instance { State = state });

        var (status, error) = await PostAsync($"Action=StopInstances&InstanceId.1={ids[0]}&InstanceId.2={ids[1]}");

        (status, error.Code, error.Message).Should().Be(
            (HttpStatusCode.BadRequest, "IncorrectInstanceState", $"The instance '{ids[1]}' is not in a state from which it can be stopped."));
        State.Instances().Select(i => i.State).Should().Equal("running", state);
    }

    [Fact]
    public async Task An_action_EC2_does_not_have_is_InvalidAction_and_logged_under_its_name()
    {
        var (status, error) = await PostAsync("Action=LaunchRockets");

        (status, error.Code, error.Message).Should().Be(
            (HttpStatusCode.BadRequest, "InvalidAction", "The action LaunchRockets is not valid for this web service."));
        Server.Requests.For("ec2", "LaunchRockets").Should().ContainSingle().Which.StatusCode.Should().Be(400);
    }

    private async Task<(HttpStatusCode Status, (string Code, string Message) Error)> PostAsync(string query)
    {
        using var http = new HttpClient { BaseAddress = Server.ServiceUrl };
        using var form = new StringContent(query + "&Version=2016-11-15", System.Text.Encoding.UTF8, "application/x-www-form-urlencoded");
        using var response = await http.PostAsync("/", form);
        var error = XElement.Parse(await response.Content.ReadAsStringAsync()).Descendants("Error").Single();
        return (response.StatusCode, (error.Element("Code")!.Value, error.Element("Message")!.Value));
    }
}
