namespace AwsLinq.Cli.Actions;

/// <summary>
/// Prints a batch result: the summary line, the items a dry run selected, and every failure with the service's
/// error code, since those are what a user has to look at.
/// </summary>
internal static class BatchReport
{
    public static void Write(TextWriter output, BatchResult result)
    {
        output.WriteLine(result.ToString());
        if (result.DryRun && result.Succeeded.Count > 0)
        {
            output.WriteLine("selected:");
            foreach (var id in result.Succeeded)
            {
                output.WriteLine($"  {id}");
            }
        }

        if (result.Failed.Count > 0)
        {
            output.WriteLine("failed:");
            foreach (var failure in result.Failed)
            {
                output.WriteLine($"  {failure.Id}  {failure.ErrorCode}  {failure.Message}");
            }
        }
    }
}
