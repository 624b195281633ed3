using System.Globalization;

namespace AwsLinq.LocalAws;

/// <summary>
/// A limit on the requests per second of one operation of one service, as <see cref="LocalAwsOptions.RateLimits"/> and
/// <c>awslinq local serve --rate-limit</c> take it; see <see cref="LocalFaults.Limit"/>.
/// </summary>
/// <param name="Service">The service: <c>s3</c>, <c>ec2</c> or <c>sqs</c>.</param>
/// <param name="Operation">The operation as the service names it, or <c>*</c> for every operation together.</param>
/// <param name="RequestsPerSecond">How many requests each second may have.</param>
public sealed record LocalRateLimit(string Service, string Operation, int RequestsPerSecond)
{
    /// <summary>Reads <c>service:operation=requests-per-second</c>, as <c>s3:GetObject=5500</c>.</summary>
    /// <param name="text">The limit.</param>
    /// <returns>The limit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">The text is not of that form; the message says what to write.</exception>
    public static LocalRateLimit Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        if (colon <= 0 || equals <= colon + 1
            || !int.TryParse(text[(equals + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var perSecond) || perSecond < 1)
        {
            throw new FormatException(
                $"'{text}' is not a rate limit. Write service:operation=requests-per-second, for example s3:GetObject=5500.");
        }

        return new LocalRateLimit(text[..colon].Trim().ToLowerInvariant(), text[(colon + 1)..equals].Trim(), perSecond);
    }

    /// <summary>Renders the limit as <see cref="Parse"/> reads it.</summary>
    /// <returns>The limit as text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Service}:{Operation}={RequestsPerSecond}");
}
