using Amazon.EC2;
using Amazon.EC2.Model;
using AwsLinq.Ec2.Instances;

namespace AwsLinq.Ec2.Batch;

/// <summary>
/// One EC2 call per page of instance ids. EC2 applies such a call to all of its ids or to none, so a refusal
/// fails the whole page; with <c>DryRun</c>, <c>DryRunOperation</c> means the call would have succeeded.
/// </summary>
internal static class InstanceAction
{
    public const int PageSize = 1000;

    public static Task<BatchResult> RunAsync(
        IQueryable<Instance> instances,
        string action,
        Func<IAmazonEC2, List<string>, bool, CancellationToken, Task> call,
        BatchOptions? options,
        CancellationToken cancellationToken)
    {
        var resource = AwsResource<Instance>.Of<Ec2InstanceResource>(instances);
        return BatchRunner.RunPagedAsync(instances, action, PageSize, i => i.InstanceId, ActAsync, serviceDryRun: true, options, cancellationToken);

        async Task<BatchOutcome> ActAsync(IReadOnlyList<Instance> page, bool dryRun, CancellationToken ct)
        {
            var ids = page.Select(i => i.InstanceId).ToList();
            try
            {
                await call(resource.Client, ids, dryRun, ct).ConfigureAwait(false);
            }
            catch (AmazonEC2Exception e) when (dryRun && e.ErrorCode == "DryRunOperation")
            {
                // EC2's dry run answers with this error when the real call would have succeeded.
            }

            return BatchOutcome.AllSucceeded(ids);
        }
    }
}
