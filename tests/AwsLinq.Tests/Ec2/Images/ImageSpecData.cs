using AwsLinq.LocalAws;

namespace AwsLinq.Tests.Ec2.Images;

/// <summary>40 images of the account (builds of several apps, architectures, states, dates) and 12 public images of Amazon.</summary>
public static class ImageSpecData
{
    public const string Amazon = "137112412989";

    public static readonly DateTimeOffset Epoch = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static IReadOnlyList<LocalEc2Image> Images { get; } = Build();

    private static List<LocalEc2Image> Build()
    {
        string[] apps = ["web", "worker", "batch"];
        var images = new List<LocalEc2Image>();
        for (var n = 0; n < 52; n++)
        {
            var own = n < 40;
            images.Add(new LocalEc2Image
            {
                ImageId = $"ami-{n + 1:x17}",
                Name = own ? $"{apps[n % 3]}-build-{n:D3}" : $"amzn2-ami-hvm-2.0.2024{n:D4}-{(n % 2 == 0 ? "x86_64" : "arm64")}-gp2",
                Description = own && n % 5 == 0 ? null : own ? $"{apps[n % 3]} image" : "Amazon Linux 2 AMI",
                State = own && n % 7 == 3 ? "pending" : own && n % 11 == 5 ? "failed" : "available",
                Architecture = n % 2 == 0 ? "x86_64" : "arm64",
                Platform = own && n % 13 == 0 ? "windows" : null,
                OwnerId = own ? LocalEc2.AccountId : Amazon,
                OwnerAlias = own ? null : "amazon",
                Public = !own || n % 17 == 0,
                CreationDate = Epoch.AddDays(n * 9 % 365),
                SnapshotIds = own ? [$"snap-{n + 1:x17}"] : [],
                Tags = own && n % 4 != 0 ? new Dictionary<string, string> { ["app"] = apps[n % 3] } : new Dictionary<string, string>(),
            });
        }

        return images;
    }
}
