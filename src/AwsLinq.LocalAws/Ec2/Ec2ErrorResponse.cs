using System.Xml.Linq;
using AwsLinq.LocalAws.Hosting;

namespace AwsLinq.LocalAws.Ec2;

/// <summary>
/// The error body EC2 sends, without a namespace (the reference's "Example error response"):
/// <c>&lt;Response&gt;&lt;Errors&gt;&lt;Error&gt;&lt;Code/&gt;&lt;Message/&gt;&lt;/Error&gt;&lt;/Errors&gt;&lt;RequestID/&gt;&lt;/Response&gt;</c>.
/// </summary>
internal static class Ec2ErrorResponse
{
    public static ServiceResponse Create(ServiceException error, string requestId)
    {
        var root = new XElement(
            "Response",
            new XElement("Errors", new XElement("Error", new XElement("Code", error.Code), new XElement("Message", error.Message))),
            new XElement("RequestID", requestId));
        return new ServiceResponse(error.StatusCode)
        {
            ContentType = Ec2Xml.ContentType,
            Body = ResponseBody.FromBytes(Ec2Xml.Serialize(root)),
        };
    }
}
