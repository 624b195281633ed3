using System.Collections.Frozen;
using System.Text.RegularExpressions;
using AwsLinq.LocalAws.Hosting;
using Microsoft.AspNetCore.Http;

namespace AwsLinq.LocalAws.Sqs.Query;

/// <summary>
/// What makes a query-protocol request SQS's rather than EC2's when no signature says so, as AWS tells them apart: an
/// SQS host name (<c>sqs.&lt;region&gt;.amazonaws.com</c>), a queue URL's path (<c>/&lt;account&gt;/&lt;queue&gt;</c>,
/// where older SDKs post), or an SQS action with SQS's API version, <c>Version=2012-11-05</c>.
/// </summary>
internal static partial class SqsQueryShape
{
    public const string ApiVersion = "2012-11-05";

    /// <summary>Every action of the SQS API, served or not.</summary>
    public static readonly FrozenSet<string> Actions = FrozenSet.Create(
        StringComparer.Ordinal,
        "AddPermission", "CancelMessageMoveTask", "ChangeMessageVisibility", "ChangeMessageVisibilityBatch", "CreateQueue",
        "DeleteMessage", "DeleteMessageBatch", "DeleteQueue", "GetQueueAttributes", "GetQueueUrl",
        "ListDeadLetterSourceQueues", "ListMessageMoveTasks", "ListQueueTags", "ListQueues", "PurgeQueue", "ReceiveMessage",
        "RemovePermission", "SendMessage", "SendMessageBatch", "SetQueueAttributes", "StartMessageMoveTask", "TagQueue",
        "UntagQueue");

    public static bool Claims(HttpRequest request) =>
        request.Host.Host.StartsWith("sqs.", StringComparison.OrdinalIgnoreCase)
        || (IsQueuePath(request) && (request.HasFormContentType || request.Query.ContainsKey("Action")))
        || (QueryParameters.Peek(request, "Action") is { } action && Actions.Contains(action)
            && QueryParameters.Peek(request, "Version") == ApiVersion);

    /// <summary>The queue URL a request was posted to, for the requests that carry no QueueUrl parameter.</summary>
    public static string? QueueUrlOfPath(HttpRequest request) =>
        IsQueuePath(request) ? $"{request.Scheme}://{request.Host}{request.PathBase}{request.Path}" : null;

    private static bool IsQueuePath(HttpRequest request) => QueuePath().IsMatch(request.Path.Value ?? string.Empty);

    [GeneratedRegex(@"^/[0-9]{12}/[A-Za-z0-9_-]{1,75}(\.fifo|[A-Za-z0-9_-]{0,5})$", RegexOptions.CultureInvariant)]
    private static partial Regex QueuePath();
}
