using AwsLinq.LocalAws;

namespace AwsLinq.Tests.Ec2.Snapshots;

/// <summary>
/// 60 snapshots of the account (states, volumes, sizes, descriptions, tags and start times over a year), 10 public
/// ones of Amazon, 4 shared with the account and 3 private ones of another account, which no listing may show.
/// </summary>
public static class SnapshotSpecData
{
    public const string Amazon = "137112412989";
    public const string Partner = "444455556666";

    public static readonly DateTimeOffset Epoch = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static IReadOnlyList<LocalEc2Snapshot> Snapshots { get; } = Build();

    private static List<LocalEc2Snapshot> Build()
    {
        string[] states = ["completed", "completed", "pending", "completed", "error"];
        var snapshots = new List<LocalEc2Snapshot>();
        for (var n = 0; n < 77; n++)
        {
            var tags = new Dictionary<string, string>(StringComparer.Ordinal);
            if (n % 4 != 0)
            {
                tags["env"] = n % 3 == 0 ? "prod" : "dev";
            }

            if (n % 9 == 0)
            {
                tags["keep"] = "true";
            }

            snapshots.Add(new LocalEc2Snapshot
            {
                SnapshotId = $"snap-{n + 1:x17}",
                VolumeId = $"vol-{n % 7 + 1:x17}",
                VolumeSize = n % 3 == 0 ? 100 : 8,
                State = states[n % states.Length],
                StartTime = Epoch.AddDays(n * 11 % 400).AddHours(n),
                Description = n % 6 == 0 ? $"Created by CreateImage(i-{n:x17}) for ami-{n:x17}" : $"nightly backup {n}",
                Encrypted = n % 2 == 1,
                StorageTier = n % 10 == 5 ? "archive" : "standard",
                OwnerId = n < 60 ? LocalEc2.AccountId : n < 70 ? Amazon : n < 74 ? Partner : "999999999999",
                OwnerAlias = n is >= 60 and < 70 ? "amazon" : null,
                Public = n is >= 60 and < 70,
                SharedWith = n is >= 70 and < 74 ? [LocalEc2.AccountId] : [],
                Tags = tags,
            });
        }

        return snapshots;
    }
}
