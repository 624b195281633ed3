using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using AwsLinq.LocalAws.Hosting;

namespace AwsLinq.LocalAws.Sqs;

/// <summary>JSON 1.0 answers the way SQS writes them: compact UTF-8, the x-amz-json-1.0 content type.</summary>
internal static class SqsJson
{
    public const string ContentType = "application/x-amz-json-1.0";

    public static ServiceResponse Success(JsonObject body) =>
        new(200) { ContentType = ContentType, Body = ResponseBody.FromBytes(JsonSerializer.SerializeToUtf8Bytes(body)) };

    /// <summary>
    /// An error: the body's <c>__type</c> picks the SDK's exception class, <c>x-amzn-query-error</c> its ErrorCode
    /// and ErrorType, as for every service that moved from the query protocol to JSON (awsQueryCompatible).
    /// </summary>
    public static ServiceResponse Error(SqsErrorException error)
    {
        var body = new JsonObject { ["__type"] = error.Type, ["message"] = error.Message };
        var response = new ServiceResponse(error.StatusCode)
        {
            ContentType = ContentType,
            Body = ResponseBody.FromBytes(JsonSerializer.SerializeToUtf8Bytes(body)),
        };
        response.Headers["x-amzn-query-error"] = error.Code + ";" + error.Fault;
        return response;
    }

    /// <summary>A string map as a JSON object; SQS leaves an empty map out of the answer rather than send <c>{}</c>.</summary>
    public static JsonObject? Map(IEnumerable<KeyValuePair<string, string>> entries)
    {
        var map = new JsonObject();
        foreach (var (key, value) in entries)
        {
            map[key] = value;
        }

        return map.Count == 0 ? null : map;
    }

    public static void AddIfNotNull(JsonObject target, string name, JsonNode? value)
    {
        if (value is not null)
        {
            target[name] = value;
        }
    }

    /// <summary>Numbers travel as strings in attribute maps: epoch seconds, counts, limits.</summary>
    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
