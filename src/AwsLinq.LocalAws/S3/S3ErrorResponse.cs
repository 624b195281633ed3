using System.Xml.Linq;
using AwsLinq.LocalAws.Hosting;

namespace AwsLinq.LocalAws.S3;

/// <summary>
/// The error body S3 sends: <c>&lt;Error&gt;</c> without a namespace, with Code, Message, the details and the ids.
/// A HEAD request gets the status alone, as from S3, and the SDK then reports the status name as the code.
/// </summary>
internal static class S3ErrorResponse
{
    public static ServiceResponse Create(S3ErrorException error, bool isHead, string requestId, string hostId)
    {
        if (isHead)
        {
            return WithHeaders(new ServiceResponse(error.StatusCode), error);
        }

        var root = new XElement(
            "Error",
            new XElement("Code", error.Code),
            new XElement("Message", error.Message),
            error.Details.Select(d => new XElement(d.Name, d.Value)),
            new XElement("RequestId", requestId),
            new XElement("HostId", hostId));
        return WithHeaders(
            new ServiceResponse(error.StatusCode) { ContentType = "application/xml", Body = ResponseBody.FromBytes(S3Xml.Serialize(root)) },
            error);
    }

    private static ServiceResponse WithHeaders(ServiceResponse response, S3ErrorException error)
    {
        foreach (var (name, value) in error.Headers)
        {
            response.Headers[name] = value;
        }

        return response;
    }
}
