using AwsLinq.LocalAws.Hosting;

namespace AwsLinq.LocalAws.S3;

/// <summary>An S3 error to answer with: its status, code, message and the extra elements S3 puts in the body.</summary>
internal sealed class S3ErrorException(int statusCode, string code, string message, params (string Name, string Value)[] details)
    : ServiceException(statusCode, code, message)
{
    public IReadOnlyList<(string Name, string Value)> Details { get; } = details;

    /// <summary>Headers S3 sends with this error, such as <c>x-amz-delete-marker</c> on a key that reads as deleted.</summary>
    public Dictionary<string, string> Headers { get; } = new(StringComparer.OrdinalIgnoreCase);
}
