using Microsoft.AspNetCore.Http;

namespace AwsLinq.LocalAws.Hosting;

/// <summary>
/// The service a request was signed for, from the SigV4 credential scope
/// (<c>Credential=AKID/20240101/us-east-1/sqs/aws4_request</c>, in the Authorization header or, presigned, in
/// <c>X-Amz-Credential</c>). AWS tells services apart by host name; on one loopback endpoint the scope says the same.
/// </summary>
internal static class SigningScope
{
    private const string CredentialField = "Credential=";

    public static string? ServiceOf(HttpRequest request)
    {
        var scope = request.Query.TryGetValue("X-Amz-Credential", out var presigned)
            ? presigned.ToString()
            : CredentialOf(request.Headers.Authorization.ToString());
        if (scope is null)
        {
            return null;
        }

        var parts = scope.Split('/');
        return parts.Length == 5 && string.Equals(parts[4], "aws4_request", StringComparison.Ordinal) ? parts[3] : null;
    }

    private static string? CredentialOf(string authorization)
    {
        var start = authorization.IndexOf(CredentialField, StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        start += CredentialField.Length;
        var end = authorization.IndexOf(',', start);
        return (end < 0 ? authorization[start..] : authorization[start..end]).Trim();
    }
}
