using System.Net;
using System.Xml.Linq;
using AwsLinq.LocalAws;

namespace AwsLinq.Tests.LocalAws.Ec2;

/// <summary>The bytes on the wire, read without the SDK, for what the SDK would forgive.</summary>
public class LocalEc2WireFormatTests : Ec2TestBase
{
    private static readonly XNamespace Ec2 = "http://ec2.amazonaws.com/doc/2016-11-15/";

    [Fact]
    public async Task A_form_POST_is_answered_with_XML_in_the_2016_11_15_namespace()
    {
        var id = SeedEach(new LocalEc2Instance { Tags = new Dictionary<string, string> { ["Name"] = "web" } }).Single();
        using var http = new HttpClient { BaseAddress = Server.ServiceUrl };
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Action"] = "DescribeInstances",
            ["Version"] = "2016-11-15",
            ["Filter.1.Name"] = "tag:Name",
            ["Filter.1.Value.1"] = "web",
        });

        using var response = await http.PostAsync("/", form);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/xml");
        var root = XElement.Parse(await response.Content.ReadAsStringAsync());
        root.Name.Should().Be(Ec2 + "DescribeInstancesResponse");
        root.Element(Ec2 + "requestId")!.Value.Should().NotBeEmpty();
        var instance = root.Element(Ec2 + "reservationSet")!.Element(Ec2 + "item")!.Element(Ec2 + "instancesSet")!.Element(Ec2 + "item")!;
        instance.Element(Ec2 + "instanceId")!.Value.Should().Be(id);
        instance.Element(Ec2 + "instanceState")!.Element(Ec2 + "code")!.Value.Should().Be("16");
        instance.Element(Ec2 + "tagSet")!.Element(Ec2 + "item")!.Element(Ec2 + "key")!.Value.Should().Be("Name");
    }

    [Fact]
    public async Task Errors_come_in_a_Response_element_without_namespace_with_the_request_id()
    {
        using var http = new HttpClient { BaseAddress = Server.ServiceUrl };

        using var response = await http.GetAsync("/?Action=DescribeInstances&Version=2016-11-15&InstanceId.1=i-bad");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var root = XElement.Parse(await response.Content.ReadAsStringAsync());
        root.Name.Should().Be(XName.Get("Response"));
        var error = root.Element("Errors")!.Element("Error")!;
        error.Element("Code")!.Value.Should().Be("InvalidInstanceID.Malformed");
        error.Element("Message")!.Value.Should().Be("Invalid id: \"i-bad\" (expecting \"i-...\")");
        root.Element("RequestID")!.Value.Should().NotBeEmpty();
        Server.Requests.For("ec2").Single().Parameters.Should().Equal(new Dictionary<string, string> { ["InstanceIds"] = "i-bad" });
    }

    [Fact]
    public async Task A_request_without_an_action_is_MissingAction()
    {
        using var http = new HttpClient { BaseAddress = Server.ServiceUrl };
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["Action"] = string.Empty });

        using var response = await http.PostAsync("/", form);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        XElement.Parse(await response.Content.ReadAsStringAsync()).Descendants("Code").Single().Value.Should().Be("MissingAction");
    }
}
