using System.Net;

namespace AwsLinq.LocalAws.S3;

/// <summary>The general purpose bucket naming rules S3 enforces on CreateBucket.</summary>
internal static class BucketNames
{
    public static bool IsValid(string name)
    {
        if (name.Length is < 3 or > 63 || !IsLetterOrDigit(name[0]) || !IsLetterOrDigit(name[^1]))
        {
            return false;
        }

        if (name.Contains("..", StringComparison.Ordinal) || IPAddress.TryParse(name, out _))
        {
            return false;
        }

        return name.All(c => IsLetterOrDigit(c) || c is '.' or '-');
    }

    public static void ThrowIfInvalid(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!IsValid(name))
        {
            throw new ArgumentException(
                $"'{name}' is not a valid bucket name: use 3 to 63 lower-case letters, digits, dots and hyphens, starting and ending with a letter or digit.",
                nameof(name));
        }
    }

    private static bool IsLetterOrDigit(char c) => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c);
}
