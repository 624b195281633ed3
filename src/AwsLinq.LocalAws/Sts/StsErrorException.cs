using AwsLinq.LocalAws.Hosting;

namespace AwsLinq.LocalAws.Sts;

/// <summary>An STS error to answer with: the HTTP status, the error code, the message, and who is at fault.</summary>
internal sealed class StsErrorException(int statusCode, string code, string message, bool sender = true) : ServiceException(statusCode, code, message)
{
    /// <summary>Whether the caller is at fault (<c>Sender</c>) or the service (<c>Receiver</c>), as the error body says.</summary>
    public bool Sender { get; } = sender;

    public static StsErrorException Validation(string message) => new(400, "ValidationError", message);

    public static StsErrorException Missing(string member) =>
        Validation($"1 validation error detected: Value null at '{char.ToLowerInvariant(member[0])}{member[1..]}' failed to satisfy constraint: Member must not be null");

    public static StsErrorException InvalidAction(string? action) => string.IsNullOrEmpty(action)
        ? new(400, "MissingAction", "The request must contain the parameter Action.")
        : new(400, "InvalidAction", $"Could not find operation {action} for version 2011-06-15");
}
