using Amazon.Runtime;
using Amazon.S3;
using AwsLinq;

// Usage: AwsLinq.TrimmedApp <endpoint-url> <bucket>. Prints one line per result, then the plan.
var config = new AmazonS3Config { ServiceURL = args[0], ForcePathStyle = true, AuthenticationRegion = "us-east-1" };
using var s3 = new AmazonS3Client(new BasicAWSCredentials("local", "local"), config);
var bucket = args[1];

var largest = s3.Objects(bucket)
    .Where(o => o.Key.StartsWith("logs/") && o.Size > 10)
    .OrderByDescending(o => o.Size)
    .Select(o => new Row(o.Key, o.Size ?? 0))
    .Take(2);
foreach (var row in await largest.ToListAsync())
{
    Console.WriteLine($"{row.Key} {row.Size}");
}

Console.WriteLine($"count {await s3.Objects(bucket).CountAsync(o => o.Key.EndsWith(".gz"))}");
Console.WriteLine($"first {(await s3.Objects(bucket).WithPageSize(1).FirstAsync(o => o.Key.StartsWith("logs/"))).Key}");
await foreach (var o in s3.Objects(bucket).Where(o => o.Key.StartsWith("other/")))
{
    Console.WriteLine($"other {o.Key}");
}

Console.WriteLine(largest.Explain());

internal sealed record Row(string Key, long Size);
