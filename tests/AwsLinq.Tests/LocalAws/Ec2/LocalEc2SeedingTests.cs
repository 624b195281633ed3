using Amazon.EC2.Model;
using AwsLinq.LocalAws;

namespace AwsLinq.Tests.LocalAws.Ec2;

public class LocalEc2SeedingTests : Ec2TestBase
{
    [Fact]
    public async Task Seeding_5000_instances_in_500_reservations_lists_them_all()
    {
        var reservations = Enumerable.Range(0, 500).Select(r => Enumerable.Range(0, 10).Select(i => new LocalEc2Instance
        {
            AmiLaunchIndex = i,
            InstanceType = i % 2 == 0 ? "t3.micro" : "m5.large",
            Tags = new Dictionary<string, string> { ["batch"] = $"b{r}" },
        }).ToList());

        var ids = State.Seed(reservations);

        ids.Should().HaveCount(5000).And.OnlyHaveUniqueItems();
        State.Instances().Select(i => i.InstanceId).Should().Equal(ids);
        var page = await Client.DescribeInstancesAsync(new DescribeInstancesRequest { MaxResults = 1000 });
        page.Reservations.Should().HaveCount(100);
        page.Reservations.Should().OnlyContain(r => r.Instances.Count == 10);
        var matching = await DescribeAllAsync(new DescribeInstancesRequest
        {
            MaxResults = 1000,
            Filters = [Filter("instance-type", "m5.large"), Filter("tag:batch", "b4?")],
        });
        matching.Should().HaveCount(50);
        var everything = await DescribeAllAsync(new DescribeInstancesRequest { MaxResults = 1000 });
        everything.Select(i => i.InstanceId).Should().Equal(ids);
    }

    [Fact]
    public void Seeding_fills_the_gaps_as_EC2_would()
    {
        var id = State.Seed([[new LocalEc2Instance { LaunchTime = new DateTimeOffset(2024, 5, 1, 14, 0, 0, 900, TimeSpan.FromHours(2)) }]]).Single();

        var instance = State.Instances().Single();
        id.Should().MatchRegex("^i-[0-9a-f]{17}$");
        instance.InstanceId.Should().Be(id);
        instance.AvailabilityZone.Should().Be("us-east-1a");
        instance.PrivateIpAddress.Should().Be("10.0.0.4");
        instance.PrivateDnsName.Should().Be("ip-10-0-0-4.ec2.internal");
        instance.PublicDnsName.Should().BeNull();
        instance.LaunchTime.Should().Be(Launched);
        instance.LaunchTime!.Value.Offset.Should().Be(TimeSpan.Zero);
    }

    [Fact]
    public void Seeding_copies_the_tags_so_later_changes_to_the_dictionary_do_not_leak_in()
    {
        var tags = new Dictionary<string, string> { ["Name"] = "a" };
        State.Seed([[new LocalEc2Instance { Tags = tags }]]);

        tags["Name"] = "changed";

        State.Instances().Single().Tags["Name"].Should().Be("a");
    }

    [Fact]
    public void Seeding_rejects_bad_input_and_adds_nothing()
    {
        State.Seed([[new LocalEc2Instance { InstanceId = "i-0123456789abcdef0" }]]);

        State.Invoking(s => s.Seed([[new LocalEc2Instance()], [new LocalEc2Instance { State = "sleeping" }]]))
            .Should().Throw<ArgumentException>().WithMessage("Instance state 'sleeping' is not one EC2 reports*");
        State.Invoking(s => s.Seed([[new LocalEc2Instance { InstanceId = "i-0123456789abcdef0" }]]))
            .Should().Throw<ArgumentException>().WithMessage("Instance id 'i-0123456789abcdef0' is already taken.*");
        State.Invoking(s => s.Seed([[new LocalEc2Instance { InstanceId = "i-xyz" }]]))
            .Should().Throw<ArgumentException>().WithMessage("Instance id 'i-xyz' is malformed*");
        State.Invoking(s => s.Seed([[]])).Should().Throw<ArgumentException>();
        State.Invoking(s => s.Seed(null!)).Should().Throw<ArgumentNullException>();
        State.Instances().Should().ContainSingle();
    }

    [Fact]
    public void Other_regions_name_private_hosts_as_EC2_does_there()
    {
        var ec2 = new LocalEc2("eu-west-1", TimeProvider.System);

        ec2.Seed([[new LocalEc2Instance { PublicIpAddress = "198.51.100.1" }]]);

        var instance = ec2.Instances().Single();
        instance.AvailabilityZone.Should().Be("eu-west-1a");
        instance.PrivateDnsName.Should().Be("ip-10-0-0-4.eu-west-1.compute.internal");
        instance.PublicDnsName.Should().Be("ec2-198-51-100-1.eu-west-1.compute.amazonaws.com");
    }
}
