namespace AwsLinq.LocalAws;

/// <summary>A multipart upload in progress at <see cref="LocalS3"/>, as ListMultipartUploads reports it.</summary>
/// <param name="Key">The key the upload will write.</param>
/// <param name="Initiated">When it was begun; stored in UTC truncated to whole seconds.</param>
/// <param name="UploadId">Its id; <see langword="null"/> when seeding lets the store make one.</param>
public sealed record LocalS3Upload(string Key, DateTimeOffset Initiated, string? UploadId = null);
