namespace AwsLinq.LocalAws.S3;

/// <summary>The bytes a PutObject or UploadPart carries, decoded from aws-chunked when sent so, with its flexible checksums.</summary>
internal static class UploadedContent
{
    public static async Task<(byte[] Content, Dictionary<string, string> Checksums)> ReadAsync(S3Request request)
    {
        var body = await request.ReadBodyAsync().ConfigureAwait(false);
        var (content, trailers) = AwsChunkedBody.Applies(request)
            ? AwsChunkedBody.Decode(body)
            : (body, new Dictionary<string, string>());
        return (content, FlexibleChecksums.Collect(request, trailers));
    }
}
