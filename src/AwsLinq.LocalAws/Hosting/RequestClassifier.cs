using Microsoft.AspNetCore.Http;

namespace AwsLinq.LocalAws.Hosting;

/// <summary>Tells which service a request is for from its shape alone, without reading the body.</summary>
internal static class RequestClassifier
{
    public const string TargetHeader = "X-Amz-Target";

    public static ServiceKind Classify(HttpRequest request)
    {
        var target = request.Headers[TargetHeader].ToString();
        if (target.StartsWith("AmazonSQS.", StringComparison.Ordinal))
        {
            return ServiceKind.Sqs;
        }

        // S3 never takes an Action parameter, and never receives a form POST at the root.
        if (request.Query.ContainsKey("Action")
            || (HttpMethods.IsPost(request.Method) && request.Path == "/" && request.HasFormContentType))
        {
            return ServiceKind.Ec2;
        }

        return ServiceKind.S3;
    }
}
