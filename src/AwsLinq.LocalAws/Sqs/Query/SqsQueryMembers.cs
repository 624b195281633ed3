using System.Collections.Frozen;

namespace AwsLinq.LocalAws.Sqs.Query;

/// <summary>
/// How SQS's query protocol names the members its JSON protocol names otherwise (the 2012-11-05 service model's
/// <c>locationName</c> and <c>flattened</c> traits): a list member repeats under its item's name (<c>AttributeName.1</c>,
/// <c>&lt;QueueUrl&gt;</c>), a map is a list of name/value pairs (<c>Attribute.1.Name</c>, <c>Attribute.1.Value</c>),
/// and batch entries are named after the operation. One table serves requests and answers.
/// </summary>
internal static class SqsQueryMembers
{
    private static readonly QueryMember[] Members =
    [
        List("AttributeNames", "AttributeName"),
        List("MessageAttributeNames", "MessageAttributeName"),
        List("MessageSystemAttributeNames", "MessageSystemAttributeName"),
        List("TagKeys", "TagKey"),
        List("AWSAccountIds", "AWSAccountId"),
        List("Actions", "ActionName"),
        List("StringListValues", "StringListValue"),
        List("BinaryListValues", "BinaryListValue"),
        List("QueueUrls", "QueueUrl"),
        List("queueUrls", "QueueUrl"),
        List("Messages", "Message"),
        List("Failed", "BatchResultErrorEntry"),
        Map("Attributes", "Attribute", "Name", "Value"),
        Map("MessageAttributes", "MessageAttribute", "Name", "Value"),
        Map("MessageSystemAttributes", "MessageSystemAttribute", "Name", "Value"),
        Map("Tags", "Tag", "Key", "Value"),
    ];

    private static readonly FrozenDictionary<string, QueryMember> ByJsonName = Members.ToFrozenDictionary(m => m.Json, StringComparer.Ordinal);

    // QueueUrl repeats for two JSON names; a request never carries either, so requests need no entry for it.
    private static readonly FrozenDictionary<string, QueryMember> ByQueryName = Members
        .Where(m => m.Query != "QueueUrl")
        .ToFrozenDictionary(m => m.Query, StringComparer.Ordinal);

    /// <summary>The integer members of requests; every other scalar is a string.</summary>
    public static readonly FrozenSet<string> Integers = FrozenSet.Create(
        StringComparer.Ordinal, "MaxResults", "DelaySeconds", "VisibilityTimeout", "MaxNumberOfMessages", "WaitTimeSeconds");

    /// <summary>The JSON member a request parameter fills: <c>Tag.N</c> is <c>tags</c> in CreateQueue, <c>Tags</c> elsewhere.</summary>
    public static QueryMember? OfRequestParameter(string name, string operation)
    {
        if (name == operation + "RequestEntry")
        {
            return new QueryMember("Entries", name, QueryMemberKind.List);
        }

        return ByQueryName.GetValueOrDefault(name) is { } member && member.Json == "Tags" && operation == "CreateQueue"
            ? member with { Json = "tags" }
            : ByQueryName.GetValueOrDefault(name);
    }

    /// <summary>The query form of an answer's member: <c>Successful</c> is named after the operation's result entries.</summary>
    public static QueryMember? OfResultMember(string json, string operation) =>
        json == "Successful" ? new QueryMember(json, operation + "ResultEntry", QueryMemberKind.List) : ByJsonName.GetValueOrDefault(json);

    /// <summary>Whether a JSON name is that of a list or map, which the query protocol sends empty as <c>Name=</c>.</summary>
    public static QueryMember? OfJsonName(string json) => ByJsonName.GetValueOrDefault(json);

    private static QueryMember List(string json, string query) => new(json, query, QueryMemberKind.List);

    private static QueryMember Map(string json, string query, string key, string value) => new(json, query, QueryMemberKind.Map, key, value);
}

/// <summary>Whether a member is a list or a map.</summary>
internal enum QueryMemberKind
{
    List,
    Map,
}

/// <summary>One member under its JSON and query names; a map's entries have a key and a value element.</summary>
internal sealed record QueryMember(string Json, string Query, QueryMemberKind Kind, string Key = "", string Value = "");
