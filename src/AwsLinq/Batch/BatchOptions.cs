namespace AwsLinq;

/// <summary>Settings of a batch action.</summary>
public sealed class BatchOptions
{
    /// <summary>
    /// Gets or sets whether to only report what would be acted on. S3 and SQS actions then send no action call;
    /// EC2 actions send theirs with EC2's own <c>DryRun</c> flag, which checks permissions and changes nothing.
    /// </summary>
    public bool DryRun { get; set; }
}
