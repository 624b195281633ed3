using AwsLinq.LocalAws.Hosting;

namespace AwsLinq.LocalAws.S3.Operations;

/// <summary>An S3 request the endpoint does not emulate: 501 NotImplemented, logged under the operation's name.</summary>
internal sealed class UnsupportedOperation(LocalS3 s3, string name, S3Route? route) : S3Operation(s3)
{
    public override string Name => name;

    /// <summary>The route that names the operation; <see langword="null"/> for the fallback, which no request matches.</summary>
    public override S3Route Route => route ?? S3Route.Service("NONE");

    public override bool Matches(S3Request request) => route is not null && route.Matches(request);

    public override Task<ServiceResponse> ExecuteAsync(S3Request request) =>
        throw S3Errors.NotImplemented(request.Method);
}
