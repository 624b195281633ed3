namespace AwsLinq;

/// <summary>One item a batch action could not act on.</summary>
/// <param name="Id">The item's identifier: an object key, an instance id, a queue URL.</param>
/// <param name="ErrorCode">The service's error code, for example <c>AccessDenied</c>.</param>
/// <param name="Message">The service's message.</param>
public sealed record BatchFailure(string Id, string ErrorCode, string Message);
