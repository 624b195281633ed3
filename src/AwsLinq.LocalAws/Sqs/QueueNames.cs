using System.Text.RegularExpressions;

namespace AwsLinq.LocalAws.Sqs;

/// <summary>SQS queue names: 1 to 80 letters, digits, hyphens and underscores; a FIFO queue's ends in <c>.fifo</c>.</summary>
internal static partial class QueueNames
{
    public const string FifoSuffix = ".fifo";

    public static bool IsFifoName(string name) => name.EndsWith(FifoSuffix, StringComparison.Ordinal);

    /// <summary>Throws InvalidParameterValue with SQS's wording when the name does not suit the queue type.</summary>
    public static void ThrowIfInvalid(string name, bool fifo)
    {
        if (name.Length == 0)
        {
            throw SqsErrors.InvalidParameterValue("Queue name cannot be empty");
        }

        // The .fifo suffix counts towards the 80 characters.
        if (fifo && !FifoName().IsMatch(name))
        {
            throw SqsErrors.InvalidParameterValue(
                "The name of a FIFO queue can only include alphanumeric characters, hyphens, or underscores, must end with .fifo suffix and be 1 to 80 in length.");
        }

        // A name ending in .fifo without FifoQueue=true fails here too: a dot is not allowed in a standard queue's name.
        if (!fifo && !StandardName().IsMatch(name))
        {
            throw SqsErrors.InvalidParameterValue(
                "Can only include alphanumeric characters, hyphens, or underscores. 1 to 80 in length");
        }
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,80}$", RegexOptions.CultureInvariant)]
    private static partial Regex StandardName();

    [GeneratedRegex(@"^[A-Za-z0-9_-]{1,75}\.fifo$", RegexOptions.CultureInvariant)]
    private static partial Regex FifoName();
}
