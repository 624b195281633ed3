using AwsLinq.LocalAws;

namespace AwsLinq.Tests.Ec2.Volumes;

/// <summary>
/// 60 volumes of every state and type, some attached (one with Multi-Attach to two instances), some from snapshots,
/// with varied sizes, zones, tags and creation times, for the volume specification.
/// </summary>
public static class VolumeSpecData
{
    public static readonly DateTimeOffset Epoch = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static IReadOnlyList<string> InstanceIds { get; } = ["i-00000000000000001", "i-00000000000000002", "i-00000000000000003"];

    public static IReadOnlyList<LocalEc2Volume> Volumes { get; } = Build();

    private static List<LocalEc2Volume> Build()
    {
        string[] types = ["gp3", "gp2", "io1", "st1", "gp3", "standard"];
        int[] sizes = [8, 20, 100, 500, 8, 1000, 30];
        var volumes = new List<LocalEc2Volume>();
        for (var n = 0; n < 60; n++)
        {
            var tags = new Dictionary<string, string>(StringComparer.Ordinal);
            if (n % 5 != 0)
            {
                tags["env"] = n % 3 == 0 ? "prod" : "dev";
                tags["Name"] = n % 13 == 0 ? $"data*{n}" : $"{(n % 2 == 0 ? "data" : "logs")}-{n:D2}";
            }

            IReadOnlyList<LocalEc2VolumeAttachment> attachments = n switch
            {
                17 => [new(InstanceIds[0], "/dev/sdf"), new(InstanceIds[2], "/dev/sdg")],
                _ when n % 4 == 1 => [new(InstanceIds[n % 3], n % 8 == 1 ? "/dev/xvda" : "/dev/xvdf", DeleteOnTermination: n % 8 == 1)],
                _ => [],
            };
            volumes.Add(new LocalEc2Volume
            {
                VolumeId = $"vol-{n + 1:x17}",
                Size = sizes[n % sizes.Length],
                VolumeType = types[n % types.Length],
                State = attachments.Count > 0 ? null : n % 11 == 3 ? "error" : n % 11 == 7 ? "creating" : null,
                AvailabilityZone = n % 3 == 0 ? "us-east-1b" : "us-east-1a",
                SnapshotId = n % 6 == 2 ? $"snap-{n % 4:x17}" : null,
                Encrypted = n % 2 == 0,
                MultiAttachEnabled = n == 17,
                CreateTime = Epoch.AddDays(n * 7 % 400),
                Attachments = attachments,
                Tags = tags,
            });
        }

        return volumes;
    }
}
