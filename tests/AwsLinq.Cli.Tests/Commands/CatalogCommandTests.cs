using System.Text.Json;
using AwsLinq.Cli.Commands;
using AwsLinq.Cli.Tests.Infrastructure;
using AwsLinq.LocalAws;
using AwsLinq.Providers;

namespace AwsLinq.Cli.Tests.Commands;

/// <summary>
/// Every collection of every service catalog is an awslinq command, and so is every batch action on it, with no CLI
/// code of their own: the cases below are read from the catalogs, so a collection added to one is tested here too.
/// </summary>
public sealed class CatalogCommandTests : CliTestBase
{
    public static TheoryData<string, string> Collections()
    {
        var data = new TheoryData<string, string>();
        foreach (var service in ServiceCommands.Catalogs)
        {
            foreach (var collection in service.Collections)
            {
                data.Add(service.Name, collection.Name);
            }
        }

        return data;
    }

    public static TheoryData<string, string, string> Actions()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var service in ServiceCommands.Catalogs)
        {
            var taken = new HashSet<string>(StringComparer.Ordinal);
            foreach (var collection in service.Collections)
            {
                taken.Add(collection.Name);
                foreach (var action in collection.Accept(new ActionsOf()))
                {
                    // A name another collection took first gets the collection's name after it.
                    var command = taken.Add(action.Command) ? action.Command : $"{action.Command}-{collection.Name}";
                    taken.Add(command);
                    data.Add(service.Name, collection.Name, command);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Collections))]
    public async Task Every_collection_lists_and_explains_what_it_sends(string service, string name)
    {
        SeedOneOfEach();
        var collection = Collection(service, name);
        string[] command = [service, name, .. ArgumentValues(collection)];

        var explained = await RunAsync([.. command, "--explain", "--output", "json"]);
        var served = Server.Requests.Snapshot();
        var listed = await RunAsync([.. command, "--output", "json"]);

        explained.ExitCode.Should().Be(0, explained.ToString());
        served.Should().BeEmpty();
        using var plan = JsonDocument.Parse(explained.Out);
        var operation = plan.RootElement.GetProperty("Requests")[0].GetProperty("Operation").GetString()!;
        listed.ExitCode.Should().Be(0, listed.ToString());
        listed.Error.Should().BeEmpty();
        JsonDocument.Parse(listed.Out).RootElement.GetArrayLength().Should().BePositive();
        Server.Requests.For(service, operation).Should().NotBeEmpty($"the plan of '{service} {name}' names {operation}");
    }

    [Theory]
    [MemberData(nameof(Actions))]
    public async Task Every_batch_action_explains_its_calls_and_dry_runs_without_changing_anything(string service, string collectionName, string command)
    {
        SeedOneOfEach();
        var collection = Collection(service, collectionName);
        var action = collection.Accept(new ActionsOf()).Single(a => command == a.Command || command == $"{a.Command}-{collectionName}");
        string[] line = [service, command, .. ArgumentValues(collection), .. ParameterValues(action), "--all", "--output", "json"];

        var explained = await RunAsync([.. line, "--explain"]);
        var served = Server.Requests.Snapshot();
        var dryRun = await RunAsync([.. line, "--dry-run"]);

        explained.ExitCode.Should().Be(0, explained.ToString());
        served.Should().BeEmpty();
        JsonDocument.Parse(explained.Out).RootElement.GetProperty("Action").GetString().Should().StartWith(action.Operation);
        dryRun.ExitCode.Should().Be(0, dryRun.ToString());
        using var report = JsonDocument.Parse(dryRun.Out);
        report.RootElement.GetProperty("Action").GetString().Should().Be(action.Operation);
        report.RootElement.GetProperty("DryRun").GetBoolean().Should().BeTrue();
        report.RootElement.GetProperty("Selected").GetInt32().Should().BePositive();
        report.RootElement.GetProperty("Failed").GetArrayLength().Should().Be(0);
        Server.Requests.For(service, action.Operation).Where(r => r.Parameter("DryRun") != "true").Should().BeEmpty();
    }

    // TestData has buckets, objects, instances and queues; these give every other collection an item.
    private void SeedOneOfEach()
    {
        var ec2 = Server.Ec2;
        ec2.Volumes.Seed([new LocalEc2Volume { VolumeId = "vol-0000000000000000a", State = "available" }]);
        ec2.Snapshots.Seed([new LocalEc2Snapshot { SnapshotId = "snap-0000000000000000a", StartTime = TestData.Now.AddDays(-200) }]);
        ec2.Images.Seed([new LocalEc2Image { ImageId = "ami-0000000000000000a", Name = "build-1" }]);
        ec2.Vpcs.Seed([new LocalEc2Vpc { VpcId = "vpc-0000000000000000a" }]);
        ec2.Subnets.Seed([new LocalEc2Subnet { SubnetId = "subnet-0000000000000000a", VpcId = "vpc-0000000000000000a" }]);
        ec2.SecurityGroups.Seed([new LocalEc2SecurityGroup { GroupId = "sg-0000000000000000a", GroupName = "web", VpcId = "vpc-0000000000000000a" }]);
        Server.Sqs.CreateQueue("orders-source", new Dictionary<string, string>
        {
            ["RedrivePolicy"] = """{"deadLetterTargetArn":"arn:aws:sqs:us-east-1:000000000000:orders","maxReceiveCount":"4"}""",
        });
        Server.S3.SeedObjects(TestData.Bucket, [new LocalS3Object("catalog-folder/one.txt", 1, TestData.Now)]);
        Server.S3.SeedUploads(TestData.Bucket, [new LocalS3Upload("catalog-upload.bin", TestData.Now)]);
        Server.Requests.Clear();
    }

    private static ICollectionEntry Collection(string service, string name) =>
        ServiceCommands.Catalogs.Single(s => s.Name == service).Collections.Single(c => c.Name == name);

    // Optional arguments are left out: the command passes their defaults.
    private IEnumerable<string> ArgumentValues(ICollectionEntry collection) => collection.Arguments.Where(a => a.Default is null).Select(a => a.Name switch
    {
        "bucket" => TestData.Bucket,
        "queue-url" => Server.Sqs.QueueUrls().Single(u => u.EndsWith("/orders", StringComparison.Ordinal)),
        _ => throw new InvalidOperationException($"Give the test a value for the argument '{a.Name}'."),
    });

    private static IEnumerable<string> ParameterValues(ActionView action) => action.Parameters.SelectMany(p => p.Kind switch
    {
        BatchParameterKind.KeyValuePairs => ["owner=ops"],
        BatchParameterKind.Values => ["team"],
        _ => Array.Empty<string>(),
    });

    private sealed record ActionView(string Command, string Operation, IReadOnlyList<BatchParameter> Parameters);

    private sealed class ActionsOf : ICollectionVisitor<IReadOnlyList<ActionView>>
    {
        public IReadOnlyList<ActionView> Visit<TClient, TItem>(CollectionEntry<TClient, TItem> collection)
            where TClient : Amazon.Runtime.IAmazonService
            where TItem : class =>
            collection.Actions.Select(a => new ActionView(a.Command, a.Operation, a.Parameters)).ToList();
    }
}
