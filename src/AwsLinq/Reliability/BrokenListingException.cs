namespace AwsLinq;

/// <summary>
/// The service answered a listing in a way its API contract rules out (a truncated page without a token, a token
/// sent twice, keys out of order...). AwsLinq stops rather than return a result that could be silently incomplete,
/// repeated or out of order. The message names the listing, the endpoint and what was wrong.
/// </summary>
public sealed class BrokenListingException : InvalidOperationException
{
    internal BrokenListingException(string message)
        : base(message)
    {
    }
}
