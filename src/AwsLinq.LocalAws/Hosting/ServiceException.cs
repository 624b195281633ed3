namespace AwsLinq.LocalAws.Hosting;

/// <summary>
/// An error a service answers with: the HTTP status and the code its clients read. Each protocol's subclass carries
/// what its error body needs besides, and its service writes it in that protocol's form.
/// </summary>
internal abstract class ServiceException(int statusCode, string code, string message) : Exception(message)
{
    public int StatusCode { get; } = statusCode;

    public string Code { get; } = code;
}
