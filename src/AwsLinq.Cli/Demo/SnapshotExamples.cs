using System.Globalization;
using Amazon.EC2;
using Amazon.EC2.Model;
using AwsLinq.LocalAws;

namespace AwsLinq.Cli.Demo;

/// <summary>
/// What the boto3 guide cannot show: snapshots older than 90 days, of this account only, found with one query whose
/// plan says what goes to EC2 and what is checked here, then deleted as a dry run that asks EC2 about each one.
/// </summary>
internal static class SnapshotExamples
{
    private const string Amazon = "137112412989";

    public static IReadOnlyList<DemoExample> Create(IAmazonEC2 ec2, LocalEc2 local)
    {
        Seed(local);
        var cutoff = DemoData.Now.UtcDateTime.AddDays(-90);
        var old = ec2.Snapshots().Where(s => s.StartTime < cutoff && s.Tag("keep") == null);

        // The calls of a per-item action run a few at once, so the order of the DeleteSnapshot lines can change between runs.
        return
        [
            Example.List(
                "My snapshots older than 90 days, except those tagged keep",
                "[s for s in ec2.snapshots.filter(OwnerIds=['self']) if s.start_time < cutoff and 'keep' not in tags(s)]",
                ec2.Snapshots().Where(s => s.StartTime < cutoff && s.Tag("keep") == null).OrderBy(s => s.StartTime),
                Text) with
            {
                Note = "Owners=self is the default: without it EC2 lists every public snapshot of the region too, hundreds of thousands. "
                    + "StartTime has no range filter in EC2 and a missing tag no filter at all, so both run in memory, as the plan says.",
            },
            Example.Block(
                "Delete them: a dry run that asks EC2 about each one",
                "for s in old: s.delete(DryRun=True)   # each raises ClientError; you sort DryRunOperation from the rest",
                () => old.Explain(q => q.DeleteAllAsync(null, default)),
                async ct =>
                {
                    var result = await old.DeleteAllAsync(new BatchOptions { DryRun = true }, ct);
                    return [result.ToString(), .. result.Failed.Select(f => $"{f.Id}: {f.ErrorCode} {f.Message}")];
                }) with
            {
                Note = "Each DeleteSnapshot went out with DryRun=true: EC2 answered DryRunOperation for the ones it would delete, "
                    + "and its real error for the one an image still uses. Nothing was deleted; every selected snapshot is in the result.",
            },
        ];
    }

    private static string Text(Snapshot s) =>
        string.Create(CultureInfo.InvariantCulture, $"{s.SnapshotId}  {s.StartTime:yyyy-MM-dd}  {s.VolumeSize,4} GiB  {s.Description}");

    // Twelve of the account's snapshots a month apart, two tagged keep, one an image uses, and Amazon's public ones.
    private static void Seed(LocalEc2 local)
    {
        var own = local.Snapshots.Seed(Enumerable.Range(0, 12).Select(n => new LocalEc2Snapshot
        {
            SnapshotId = $"snap-{n + 1:x17}",
            VolumeId = $"vol-{n % 3 + 1:x17}",
            VolumeSize = n % 3 == 0 ? 100 : 20,
            StartTime = DemoData.Now.AddDays(-30 * (n + 1)),
            Description = $"nightly backup of vol-{n % 3 + 1:x17}",
            Tags = n % 5 == 4 ? new Dictionary<string, string> { ["keep"] = "audit" } : new Dictionary<string, string>(),
        }));
        local.Images.Seed([new LocalEc2Image { ImageId = "ami-00000000000000001", Name = "web-2024-01", SnapshotIds = [own[7]] }]);
        local.Snapshots.Seed(Enumerable.Range(0, 20).Select(n => new LocalEc2Snapshot
        {
            OwnerId = Amazon,
            OwnerAlias = "amazon",
            Public = true,
            StartTime = DemoData.Now.AddDays(-400 + n),
            Description = "Amazon public snapshot",
        }));
    }
}
