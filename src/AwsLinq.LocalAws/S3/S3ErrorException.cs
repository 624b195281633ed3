using AwsLinq.LocalAws.Hosting;

namespace AwsLinq.LocalAws.S3;

/// <summary>An S3 error to answer with: its status, code, message and the extra elements S3 puts in the body.</summary>
internal sealed class S3ErrorException(int statusCode, string code, string message, params (string Name, string Value)[] details)
    : ServiceException(statusCode, code, message)
{
    public IReadOnlyList<(string Name, string Value)> Details { get; } = details;
}
