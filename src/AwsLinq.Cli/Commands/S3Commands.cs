using System.CommandLine;
using Amazon.S3;
using Amazon.S3.Model;
using AwsLinq.Cli.Actions;
using AwsLinq.Cli.Errors;
using AwsLinq.Cli.Querying;

namespace AwsLinq.Cli.Commands;

/// <summary><c>awslinq s3</c>: <c>buckets</c>, <c>objects &lt;bucket&gt;</c>, <c>delete &lt;bucket&gt;</c>.</summary>
internal static class S3Commands
{
    public static Command Create(CommandAction actions)
    {
        var s3 = new Command("s3", "Query S3 buckets and objects, and delete objects.");
        s3.Subcommands.Add(Buckets(actions));
        s3.Subcommands.Add(Objects(actions));
        s3.Subcommands.Add(Delete(actions));
        return s3;
    }

    private static Command Buckets(CommandAction actions)
    {
        var options = new ListOptions(ItemKinds.Buckets);
        var command = new Command("buckets", "List buckets (ListBuckets). BucketName.StartsWith and BucketRegion == are sent to S3.");
        options.AddTo(command);
        actions.Set(command, async (parse, context, ct) =>
        {
            using var s3 = context.Aws.CreateS3();
            return await ListingRunner.RunAsync(s3.Buckets(), ItemKinds.Buckets, options.Read(parse), context, ct);
        });
        return command;
    }

    private static Command Objects(CommandAction actions)
    {
        var bucket = BucketArgument();
        var options = new ListOptions(ItemKinds.Objects);
        var command = new Command("objects", "List a bucket's objects (ListObjectsV2). Key prefixes and ranges are sent to S3.") { bucket };
        options.AddTo(command);
        actions.Set(command, async (parse, context, ct) =>
        {
            var name = parse.GetRequiredValue(bucket);
            using var s3 = context.Aws.CreateS3();
            return await ForBucket(name, () => ListingRunner.RunAsync(s3.Objects(name), ItemKinds.Objects, options.Read(parse), context, ct));
        });
        return command;
    }

    private static Command Delete(CommandAction actions)
    {
        var bucket = BucketArgument();
        var options = new ActionOptions(ItemKinds.Objects);
        var command = new Command("delete", "Delete the selected objects (DeleteObjects, 1000 keys a call). Needs --yes.") { bucket };
        options.AddTo(command);
        var action = new BatchAction<S3Object>("delete", q => q.DeleteAllAsync(null, default), (q, o, ct) => q.DeleteAllAsync(o, ct));
        actions.Set(command, async (parse, context, ct) =>
        {
            var name = parse.GetRequiredValue(bucket);
            using var s3 = context.Aws.CreateS3();
            return await ForBucket(name, () => BatchActionRunner.RunAsync(s3.Objects(name), ItemKinds.Objects, action, options.Read(parse), context, s3.Config, ct));
        });
        return command;
    }

    private static Argument<string> BucketArgument()
    {
        var bucket = new Argument<string>("bucket") { Description = "The bucket's name." };
        bucket.Validators.Add(BucketNames.Validate);
        return bucket;
    }

    private static async Task<int> ForBucket(string bucket, Func<Task<int>> run)
    {
        try
        {
            return await run();
        }
        catch (AmazonS3Exception e) when (e.ErrorCode == "NoSuchBucket")
        {
            throw CliException.Service($"bucket '{bucket}' does not exist (NoSuchBucket).", e);
        }
    }
}
