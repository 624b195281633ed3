using System.Text.Json.Nodes;
using AwsLinq.LocalAws.Hosting;
using AwsLinq.LocalAws.Sqs.Query;

namespace AwsLinq.LocalAws.Sqs;

/// <summary>
/// The two wire forms of one SQS model: JSON 1.0 (<c>X-Amz-Target</c>, what current SDKs send) and the query protocol
/// (<c>Action=</c> form posts with XML answers, what older SDKs, CLIs and many tools send). Operations answer with the
/// JSON-shaped result; the protocol writes it, and errors, in its own form.
/// </summary>
internal abstract class SqsProtocol
{
    public static SqsProtocol Json { get; } = new JsonProtocol();

    public static SqsProtocol Query { get; } = new QueryProtocol();

    /// <summary>The protocol's name in SQS's models: <c>json</c> or <c>query</c>.</summary>
    public abstract string Name { get; }

    public abstract ServiceResponse Success(string operation, JsonObject result, string requestId);

    public abstract ServiceResponse Error(SqsErrorException error, string requestId);

    private sealed class JsonProtocol : SqsProtocol
    {
        public override string Name => "json";

        public override ServiceResponse Success(string operation, JsonObject result, string requestId) => SqsJson.Success(result);

        public override ServiceResponse Error(SqsErrorException error, string requestId) => SqsJson.Error(error);
    }

    private sealed class QueryProtocol : SqsProtocol
    {
        public override string Name => "query";

        public override ServiceResponse Success(string operation, JsonObject result, string requestId) =>
            SqsQueryXml.Success(operation, result, requestId);

        public override ServiceResponse Error(SqsErrorException error, string requestId) => SqsQueryXml.Error(error, requestId);
    }
}
