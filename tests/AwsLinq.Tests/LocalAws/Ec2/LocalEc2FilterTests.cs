using Amazon.EC2.Model;
using AwsLinq.LocalAws;

namespace AwsLinq.Tests.LocalAws.Ec2;

public class LocalEc2FilterTests : Ec2TestBase
{
    private const string Web = "i-00000000000000001";
    private const string Db = "i-00000000000000002";
    private const string Batch = "i-00000000000000003";
    private const string Old = "i-0000000a";
    private const string Win = "i-00000000000000005";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        State.Seed([
            [
                new LocalEc2Instance
                {
                    InstanceId = Web, InstanceType = "t3.micro", VpcId = "vpc-1", SubnetId = "subnet-1a", KeyName = "deploy",
                    PublicIpAddress = "203.0.113.10", IamInstanceProfileArn = "arn:aws:iam::123456789012:instance-profile/web",
                    Tags = new Dictionary<string, string> { ["Name"] = "web-1", ["env"] = "prod" },
                },
                new LocalEc2Instance
                {
                    InstanceId = Db, InstanceType = "m5.large", VpcId = "vpc-1", SubnetId = "subnet-1b", AmiLaunchIndex = 1,
                    AvailabilityZone = "us-east-1b", Tenancy = "dedicated", PrivateIpAddress = "10.0.9.9",
                    Tags = new Dictionary<string, string> { ["Name"] = "db*primary", ["env"] = "prod" },
                },
            ],
            [
                new LocalEc2Instance
                {
                    InstanceId = Batch, InstanceType = "c5.xlarge", State = "stopped", ImageId = "ami-0bbbbbbbbbbbbbbbb",
                    Architecture = "arm64", InstanceLifecycle = "spot", Hypervisor = "nitro", VpcId = "vpc-2",
                    Tags = new Dictionary<string, string> { ["Name"] = "batch?", ["team"] = "data" },
                },
            ],
            [
                new LocalEc2Instance
                {
                    InstanceId = Old, InstanceType = "m1.small", State = "terminated", RootDeviceType = "instance-store",
                    VirtualizationType = "paravirtual",
                },
            ],
            [
                new LocalEc2Instance { InstanceId = Win, InstanceType = "m5.xlarge", Platform = "windows", PublicIpAddress = "198.51.100.7" },
            ],
        ]);
    }

    public static TheoryData<string, string[], string[]> Filters => new()
    {
        { "instance-id", [Db, Old], [Db, Old] },
        { "instance-type", ["t3.micro", "m5.large"], [Web, Db] },
        { "instance-state-name", ["stopped", "terminated"], [Batch, Old] },
        { "instance-state-code", ["16"], [Web, Db, Win] },
        { "tenancy", ["dedicated"], [Db] },
        { "vpc-id", ["vpc-1"], [Web, Db] },
        { "subnet-id", ["subnet-1b", "subnet-9"], [Db] },
        { "image-id", ["ami-0bbbbbbbbbbbbbbbb"], [Batch] },
        { "key-name", ["deploy"], [Web] },
        { "availability-zone", ["us-east-1a"], [Web, Batch, Old, Win] },
        { "architecture", ["arm64"], [Batch] },
        { "platform", ["windows"], [Win] },
        { "instance-lifecycle", ["spot"], [Batch] },
        { "private-ip-address", ["10.0.9.9"], [Db] },
        { "ip-address", ["203.0.113.10", "198.51.100.7"], [Web, Win] },
        { "private-dns-name", ["ip-10-0-9-9.ec2.internal"], [Db] },
        { "dns-name", ["ec2-198-51-100-7.compute-1.amazonaws.com"], [Win] },
        { "launch-index", ["1"], [Db] },
        { "root-device-type", ["instance-store"], [Old] },
        { "hypervisor", ["nitro"], [Batch] },
        { "virtualization-type", ["paravirtual"], [Old] },
        { "iam-instance-profile.arn", ["arn:aws:iam::123456789012:instance-profile/web"], [Web] },
        { "tag:env", ["prod"], [Web, Db] },
        { "tag:Name", ["web-1", "batch?"], [Web, Batch] },
        { "tag-key", ["team"], [Batch] },
        { "tag-value", ["data", "web-1"], [Web, Batch] },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task Each_filter_selects_the_instances_with_one_of_its_values(string name, string[] values, string[] expected)
    {
        var ids = await IdsMatchingAsync(Filter(name, values));

        ids.Should().Equal(expected);
    }

    [Theory]
    [InlineData("m5.*", new[] { Db, Win })]
    [InlineData("*.micro", new[] { Web })]
    [InlineData("m?.small", new[] { Old })]
    [InlineData("m?.large", new[] { Db })]
    [InlineData("*", new[] { Web, Db, Batch, Old, Win })]
    [InlineData("c5.xlarge*", new[] { Batch })]
    public async Task Wildcards_match_any_run_and_exactly_one_character(string pattern, string[] expected)
    {
        var ids = await IdsMatchingAsync(Filter("instance-type", pattern));

        ids.Should().Equal(expected);
    }

    [Fact]
    public async Task A_backslash_makes_a_wildcard_literal()
    {
        (await IdsMatchingAsync(Filter("tag:Name", "db\\*primary"))).Should().Equal(Db);
        (await IdsMatchingAsync(Filter("tag:Name", "db\\*"))).Should().BeEmpty();
        (await IdsMatchingAsync(Filter("tag:Name", "batch\\?"))).Should().Equal(Batch);
        (await IdsMatchingAsync(Filter("tag:Name", "web\\?1"))).Should().BeEmpty();
        (await IdsMatchingAsync(Filter("tag:Name", "*\\**"))).Should().Equal(Db);
    }

    [Fact]
    public async Task Filters_are_ANDed_and_values_within_one_are_ORed()
    {
        var ids = await IdsMatchingAsync(
            Filter("instance-state-name", "running", "stopped"),
            Filter("tag:env", "prod", "staging"),
            Filter("instance-type", "m5.*"));

        ids.Should().Equal(Db);
    }

    [Fact]
    public async Task Tag_filters_match_keys_exactly_and_values_case_sensitively()
    {
        (await IdsMatchingAsync(Filter("tag:name", "web-1"))).Should().BeEmpty();
        (await IdsMatchingAsync(Filter("tag:env", "PROD"))).Should().BeEmpty();
        (await IdsMatchingAsync(Filter("tag-key", "Na*"))).Should().Equal(Web, Db, Batch);
    }

    [Fact]
    public async Task An_instance_without_the_field_matches_no_value_not_even_a_star()
    {
        (await IdsMatchingAsync(Filter("key-name", "*"))).Should().Equal(Web);
        (await IdsMatchingAsync(Filter("platform", "*"))).Should().Equal(Win);
    }

    [Fact]
    public async Task Filters_combine_with_InstanceIds()
    {
        var instances = await DescribeAllAsync(new DescribeInstancesRequest
        {
            InstanceIds = [Web, Batch, Win],
            Filters = [Filter("instance-state-name", "running")],
        });

        instances.Select(i => i.InstanceId).Should().Equal(Web, Win);
    }

    [Fact]
    public async Task Paging_counts_matching_instances_only()
    {
        var ids = State.Seed(Enumerable.Range(0, 40).Select(i =>
            (IReadOnlyList<LocalEc2Instance>)[new LocalEc2Instance { InstanceType = i % 3 == 0 ? "z1d.large" : "t3.nano" }]));

        var request = new DescribeInstancesRequest { MaxResults = 5, Filters = [Filter("instance-type", "z1d.large")] };
        var first = await Client.DescribeInstancesAsync(request);
        var all = await DescribeAllAsync(request);

        first.Reservations.Should().HaveCount(5);
        all.Select(i => i.InstanceId).Should().Equal(ids.Where((_, i) => i % 3 == 0));
    }

    [Fact]
    public async Task An_unknown_filter_is_InvalidParameterValue()
    {
        var error = await FailureOf(() => Client.DescribeInstancesAsync(new DescribeInstancesRequest { Filters = [Filter("colour", "blue")] }));

        error.ErrorCode.Should().Be("InvalidParameterValue");
        error.Message.Should().Be("The filter 'colour' is invalid");
    }

    [Fact]
    public async Task A_filter_with_more_than_200_values_is_FilterLimitExceeded_and_200_are_served()
    {
        var ids = SeedEach(new LocalEc2Instance(), new LocalEc2Instance());
        var values = ids.Concat(Enumerable.Range(0, 199).Select(i => $"i-ffff{i:x13}")).ToArray();

        var error = await FailureOf(() => Client.DescribeInstancesAsync(new DescribeInstancesRequest { Filters = [Filter("instance-id", values)] }));
        var served = await IdsMatchingAsync(Filter("instance-id", values[..200]));

        values.Should().HaveCount(201);
        (error.ErrorCode, (int)error.StatusCode, error.Message).Should().Be(
            ("FilterLimitExceeded", 400, "The maximum number of filter values specified on a single call is 200"));
        served.Should().Equal(ids);
        Server.Requests.For("ec2", "DescribeInstances").Select(r => r.StatusCode).Should().Equal(400, 200);
    }
}
