namespace AwsLinq.Cli.Querying;

/// <summary>The kinds of item the commands list.</summary>
internal static class ItemKinds
{
    public static ItemKind Buckets { get; } =
        new("bucket", "buckets", "b", ["BucketName", "BucketRegion", "CreationDate"], [], "BucketName.StartsWith(\"logs-\")");

    public static ItemKind Objects { get; } =
        new("object", "objects", "o", ["Key", "Size", "LastModified", "StorageClass"], [], "Key.StartsWith(\"photos/\") && Size > 1000000",
        ResumeKey: "Key");

    public static ItemKind Instances { get; } = new(
        "instance", "instances", "i", ["InstanceId", "InstanceType", "State.Name", "LaunchTime", "Tags"], [typeof(InstanceTagExtensions)],
        "Tag(\"env\") == \"prod\" && State.Name == \"running\"");

    // ApproximateNumberOfMessages costs one GetQueueAttributes call per queue; it is what people list queues for.
    public static ItemKind Queues { get; } =
        new("queue", "queues", "q", ["Name", "ApproximateNumberOfMessages", "Url"], [], "Name.StartsWith(\"orders\") && ApproximateNumberOfMessages > 0");
}
