using AwsLinq.LocalAws;

namespace AwsLinq.Cli.Tests.Infrastructure;

/// <summary>A small account, written out so that tests can state exact output.</summary>
public static class TestData
{
    public const string Bucket = "media";
    public const string OtherBucket = "logs-eu";

    public static readonly DateTimeOffset Now = new(2024, 6, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Day = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static void Seed(LocalAwsServer server)
    {
        server.S3.CreateBucket(Bucket);
        server.S3.CreateBucket(OtherBucket, "eu-west-1");
        server.S3.SeedObjects(Bucket,
        [
            new LocalS3Object("docs/readme.txt", 1_200, Day),
            new LocalS3Object("docs/guide, part 1.pdf", 2_500_000, Day.AddDays(1)),
            new LocalS3Object("index.html", 4_096, Day.AddDays(2)),
            new LocalS3Object("photos/2024/a.jpg", 3_000_000, Day.AddDays(3)),
            new LocalS3Object("photos/2024/b.jpg", 500_000, Day.AddDays(4)),
            new LocalS3Object("photos/2024/c.jpg", 7_000_000, Day.AddDays(5), StorageClass: "GLACIER"),
        ]);
        server.S3.SeedObjects(OtherBucket, [new LocalS3Object("access.log", 10, Day)]);

        server.Ec2.Seed(
        [
            [Instance("i-0000000000000000a", "t3.micro", "running", "prod", "web-1"), Instance("i-0000000000000000b", "m5.large", "running", "dev", "web-2")],
            [Instance("i-0000000000000000c", "t3.micro", "stopped", "prod", "batch-1")],
        ]);

        server.Sqs.SeedQueues(["orders", "orders-retry", "billing"]);
        server.Sqs.SendMessages("orders", 12);
        server.Sqs.SendMessages("billing", 2);
    }

    private static LocalEc2Instance Instance(string id, string type, string state, string env, string name) => new()
    {
        InstanceId = id,
        InstanceType = type,
        State = state,
        LaunchTime = Day,
        Tags = new Dictionary<string, string> { ["env"] = env, ["Name"] = name },
    };
}
