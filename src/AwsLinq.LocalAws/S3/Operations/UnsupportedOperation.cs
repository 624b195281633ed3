using AwsLinq.LocalAws.Hosting;

namespace AwsLinq.LocalAws.S3.Operations;

/// <summary>Any S3 request the endpoint does not emulate: 501 NotImplemented, logged under a best-guess name.</summary>
internal sealed class UnsupportedOperation(LocalS3 s3, string name) : S3Operation(s3)
{
    public override string Name => name;

    public override Task<ServiceResponse> ExecuteAsync(S3Request request) =>
        throw S3Errors.NotImplemented(request.Method);
}
