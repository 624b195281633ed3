using System.CommandLine.Parsing;

namespace AwsLinq.Cli.Commands;

/// <summary>
/// Refuses a bucket argument that no S3 bucket can have, before anything is sent: with path-style addressing a name
/// like <c>media/photos</c> would otherwise be sent as a bucket and a key, and come back as <c>NoSuchBucket</c> or worse.
/// Capitals and underscores pass, since buckets made in us-east-1 before 2018 may have them.
/// </summary>
internal static class BucketNames
{
    public static void Validate(ArgumentResult result)
    {
        var name = result.Tokens.Count == 0 ? string.Empty : result.Tokens[0].Value;
        if (name.Length is < 3 or > 255 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_'))
        {
            result.AddError(
                $"bucket '{Output.DisplayText.Escape(name)}' is not a valid bucket name: bucket names have 3 to 63 characters, lowercase letters, digits, dots and hyphens.");
        }
    }
}
