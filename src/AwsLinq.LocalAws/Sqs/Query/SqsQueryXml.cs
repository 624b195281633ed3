using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using AwsLinq.LocalAws.Hosting;

namespace AwsLinq.LocalAws.Sqs.Query;

/// <summary>
/// Query-protocol answers the way SQS writes them: <c>&lt;ActionResponse&gt;</c> in the 2012-11-05 namespace holding
/// <c>&lt;ActionResult&gt;</c> (for actions that return something) and the request id, or <c>&lt;ErrorResponse&gt;</c>.
/// The result is the JSON-shaped answer of the operation, renamed member by member through <see cref="SqsQueryMembers"/>.
/// </summary>
internal static class SqsQueryXml
{
    public const string ContentType = "text/xml";

    public static readonly XNamespace Namespace = "http://queue.amazonaws.com/doc/2012-11-05/";

    // The actions whose output has no members, so that their answer has no Result element.
    private static readonly FrozenSet<string> NoResult = FrozenSet.Create(
        StringComparer.Ordinal,
        "AddPermission", "ChangeMessageVisibility", "DeleteMessage", "DeleteQueue", "PurgeQueue", "RemovePermission",
        "SetQueueAttributes", "TagQueue", "UntagQueue");

    public static ServiceResponse Success(string operation, JsonObject result, string requestId) =>
        Response(200, Element(
            operation + "Response",
            NoResult.Contains(operation) ? null : Element(operation + "Result", Members(result, operation)),
            Element("ResponseMetadata", Element("RequestId", requestId))));

    /// <summary>The error body: the Type says whose fault it was, the Code is what clients read as the error code.</summary>
    public static ServiceResponse Error(SqsErrorException error, string requestId) =>
        Response(error.StatusCode, Element(
            "ErrorResponse",
            Element("Error", Element("Type", error.Fault), Element("Code", error.Code), Element("Message", error.QueryMessage), Element("Detail")),
            Element("RequestId", requestId)));

    private static IEnumerable<XElement> Members(JsonObject json, string operation) =>
        json.SelectMany(member => Member(member.Key, member.Value!, operation));

    private static IEnumerable<XElement> Member(string name, JsonNode value, string operation) =>
        (SqsQueryMembers.OfResultMember(name, operation), value) switch
        {
            ({ Kind: QueryMemberKind.List } list, JsonArray items) => items.Select(item => Value(list.Query, item!, operation)),
            ({ Kind: QueryMemberKind.Map } map, JsonObject entries) =>
                entries.Select(e => Element(map.Query, Element(map.Key, e.Key), Value(map.Value, e.Value!, operation))),
            _ => [Value(name, value, operation)],
        };

    private static XElement Value(string name, JsonNode value, string operation) =>
        value is JsonObject structure ? Element(name, Members(structure, operation)) : Element(name, Text(value.AsValue()));

    private static string Text(JsonValue value) => value.GetValueKind() switch
    {
        JsonValueKind.String => value.GetValue<string>(),
        JsonValueKind.True => XmlBodies.Boolean(true),
        JsonValueKind.False => XmlBodies.Boolean(false),
        _ => value.ToJsonString(),
    };

    private static XElement Element(string name, params object?[] content) => new(Namespace + name, content);

    private static ServiceResponse Response(int status, XElement root) =>
        new(status) { ContentType = ContentType, Body = ResponseBody.FromBytes(XmlBodies.Serialize(root)) };
}
