using AwsLinq.LocalAws.Hosting;
using Microsoft.AspNetCore.Http;

namespace AwsLinq.LocalAws.S3;

/// <summary>The S3 REST-XML protocol: resolves the operation, runs it, turns S3 errors into error bodies.</summary>
internal sealed class S3Service(LocalS3 s3) : ILocalService
{
    private readonly S3OperationResolver _resolver = new(s3);

    public ServiceKind Kind => ServiceKind.S3;

    public async Task<ServiceOutcome> HandleAsync(HttpContext context)
    {
        var request = S3RequestReader.Read(context);
        var operation = _resolver.Resolve(request);
        foreach (var (query, api) in operation.LoggedQuery)
        {
            if (request.QueryValue(query) is { } value)
            {
                request.Parameters[api] = value;
            }
        }

        if (request.Key is not null)
        {
            request.Parameters["Key"] = request.Key;
        }

        var requestId = RequestIds.NewRequestId();
        var hostId = RequestIds.NewHostId();
        ServiceResponse response;
        try
        {
            response = await operation.ExecuteAsync(request).ConfigureAwait(false);
        }
        catch (S3ErrorException error)
        {
            response = S3ErrorResponse.Create(error, request.IsHead, requestId, hostId);
        }
        catch (Exception unexpected) when (unexpected is not OperationCanceledException)
        {
            // A bug here should reach the client as S3's InternalError, and the log, rather than a bare 500.
            response = S3ErrorResponse.Create(S3Errors.InternalError(unexpected), request.IsHead, requestId, hostId);
        }

        response.Headers["x-amz-request-id"] = requestId;
        response.Headers["x-amz-id-2"] = hostId;
        var record = new ServedRequest("s3", operation.Name, request.Bucket, request.Parameters.AsReadOnly(), response.StatusCode);
        return new ServiceOutcome(record, response);
    }
}
