using Amazon.EC2;
using Amazon.EC2.Model;
using AwsLinq.LocalAws;

namespace AwsLinq.Tests.Ec2;

/// <summary>Each instance translation rule, asserted on the DescribeInstances requests the local endpoint served.</summary>
public sealed class Ec2InstanceTranslationTests : IAsyncLifetime
{
    private LocalAwsServer _server = null!;
    private AmazonEC2Client _ec2 = null!;
    private IReadOnlyList<string> _ids = [];

    public async Task InitializeAsync()
    {
        _server = await LocalAwsServer.StartAsync();
        _ec2 = _server.CreateEc2Client();
        _ids = _server.Ec2.Seed(Enumerable.Range(0, 6).Select(r => (IReadOnlyList<LocalEc2Instance>)Enumerable.Range(0, 5).Select(k => new LocalEc2Instance
        {
            InstanceType = (r * 5 + k) % 3 == 0 ? "m5.large" : "t3.micro",
            State = k == 4 ? "stopped" : "running",
            VpcId = r % 2 == 0 ? "vpc-00000001" : "vpc-00000002",
            Tags = new Dictionary<string, string> { ["env"] = r < 3 ? "prod" : "dev", ["Name"] = r * 5 + k == 7 ? "web*7" : $"web-{r * 5 + k}" },
        }).ToList()));
    }

    public async Task DisposeAsync()
    {
        _ec2.Dispose();
        await _server.DisposeAsync();
    }

    private IReadOnlyList<ServedRequest> Requests => _server.Requests.For("ec2", "DescribeInstances");

    [Fact]
    public async Task Equality_on_a_filterable_field_becomes_one_filter()
    {
        var query = _ec2.Instances().Where(i => i.InstanceType == InstanceType.M5Large);
        Requests.Should().BeEmpty();

        var items = await query.ToListAsync();

        items.Should().HaveCount(10).And.OnlyContain(i => i.InstanceType == InstanceType.M5Large);
        var request = Requests.Should().ContainSingle().Subject;
        request.Parameter("Filter:instance-type").Should().Be("m5.large");
        request.Parameter("MaxResults").Should().BeNull();
    }

    [Fact]
    public async Task Contains_becomes_one_filter_with_several_values_and_AND_several_filters()
    {
        string[] states = ["stopped", "pending"];

        var items = await _ec2.Instances().Where(i => states.Contains(i.State.Name.Value) && i.VpcId == "vpc-00000001").ToListAsync();

        items.Should().HaveCount(3);
        var request = Requests.Should().ContainSingle().Subject;
        request.Parameter("Filter:instance-state-name")!.Split(',').Should().BeEquivalentTo("stopped", "pending");
        request.Parameter("Filter:vpc-id").Should().Be("vpc-00000001");
    }

    [Fact]
    public async Task Tags_become_tag_filters()
    {
        var prod = await _ec2.Instances().Where(i => i.Tags.Any(t => t.Key == "env" && t.Value == "prod")).CountAsync();
        var dev = await _ec2.Instances().Where(i => i.Tag("env") == "dev").CountAsync();
        var named = await _ec2.Instances().Where(i => i.Tags.Any(t => t.Key == "Name")).CountAsync();

        (prod, dev, named).Should().Be((15, 15, 30));
        Requests.Select(r => string.Join(' ', r.Parameters.Select(p => $"{p.Key}={p.Value}"))).Should().Equal("Filter:tag:env=prod", "Filter:tag:env=dev", "Filter:tag-key=Name");
    }

    [Fact]
    public async Task String_matches_become_escaped_wildcards_rechecked_in_memory()
    {
        var starred = await _ec2.Instances().Where(i => i.Tag("Name") == "web*7").Select(i => i.Tag("Name")).ToListAsync();
        var prefixed = await _ec2.Instances().Where(i => i.Tag("Name")!.StartsWith("web*")).Select(i => i.Tag("Name")).ToListAsync();

        starred.Should().Equal("web*7");
        prefixed.Should().Equal("web*7");
        Requests.Select(r => r.Parameter("Filter:tag:Name")).Should().Equal("web\\*7", "web\\**");
    }

    [Fact]
    public async Task Take_becomes_MaxResults_raised_to_five_and_stops_after_n()
    {
        var items = await _ec2.Instances().Where(i => i.State.Name == InstanceStateName.Running).Take(3).ToListAsync();

        items.Should().HaveCount(3);
        Requests.Should().ContainSingle().Which.Parameter("MaxResults").Should().Be("5");
    }

    [Fact]
    public async Task Page_size_pages_with_NextToken_and_returns_every_instance_once()
    {
        var ids = await _ec2.Instances().WithPageSize(7).Select(i => i.InstanceId).ToListAsync();

        ids.Should().Equal(_ids);
        Requests.Should().HaveCountGreaterThan(4).And.OnlyContain(r => r.Parameter("MaxResults") == "7");
        Requests.Skip(1).Should().OnlyContain(r => r.Parameter("NextToken") != null);
    }

    [Fact]
    public async Task Instance_ids_become_the_instance_id_filter_so_unknown_and_malformed_ids_match_nothing()
    {
        var id = _ids[3];

        var found = await _ec2.Instances().Where(i => i.InstanceId == id || i.InstanceId == "i-0123456789abcdef0").Select(i => i.InstanceId).ToListAsync();
        var malformed = await _ec2.Instances().Where(i => i.InstanceId == "not-an-id").ToListAsync();

        found.Should().Equal(id);
        malformed.Should().BeEmpty();
        Requests.Should().OnlyContain(r => r.Parameter("InstanceIds") == null);
        Requests[0].Parameter("Filter:instance-id")!.Split(',').Should().BeEquivalentTo(id, "i-0123456789abcdef0");
    }

    [Fact]
    public async Task Conflicting_equalities_send_no_request()
    {
        var items = await _ec2.Instances().Where(i => i.VpcId == "vpc-00000001").Where(i => i.VpcId == "vpc-00000002").ToListAsync();

        items.Should().BeEmpty();
        Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Ranges_and_inequality_run_in_memory()
    {
        var cutoff = DateTime.UtcNow.AddDays(1);

        var items = await _ec2.Instances().Where(i => i.LaunchTime < cutoff && i.InstanceType != InstanceType.M5Large).ToListAsync();

        items.Should().HaveCount(20);
        Requests.Should().ContainSingle().Which.Parameters.Should().BeEmpty();
    }

    [Fact]
    public void A_page_size_below_five_states_the_range()
    {
        var act = () => _ec2.Instances().WithPageSize(4);

        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("The page size 4 is out of range for EC2 DescribeInstances: MaxResults must be between 5 and 1000.*");
    }

    [Fact]
    public void Explain_shows_the_filters()
    {
        var plan = _ec2.Instances().Where(i => i.Placement.Tenancy == Tenancy.Dedicated && i.InstanceType == InstanceType.T3Micro).Take(10).Explain();

        plan.ToString().Should().Be(
            """
            EC2 DescribeInstances
              request: DescribeInstances Filter:tenancy=dedicated, Filter:instance-type=t3.micro, MaxResults=10
              in memory: take 10
              stops: after 10 items, or after the last page
              follow-up calls: none
            """.ReplaceLineEndings());
    }

    [Fact]
    public async Task A_string_match_on_a_tag_value_inside_Tags_Any_becomes_a_wildcard_filter_like_Tag()
    {
        var viaAny = await _ec2.Instances().Where(i => i.Tags.Any(t => t.Key == "Name" && t.Value.StartsWith("web-"))).ToListAsync();
        var viaTag = await _ec2.Instances().Where(i => i.Tag("Name")!.StartsWith("web-")).ToListAsync();

        viaAny.Select(i => i.InstanceId).Should().Equal(viaTag.Select(i => i.InstanceId)).And.HaveCount(29, "web*7 does not start with web-");
        Requests.Select(r => r.Parameter("Filter:tag:Name")).Should().Equal("web-*", "web-*");
    }

    [Fact]
    public async Task More_than_200_ids_are_split_into_listings_of_at_most_200_values_each_item_once()
    {
        var fleet = _server.Ec2.Seed([Enumerable.Range(0, 270).Select(_ => new LocalEc2Instance()).ToList()]);
        var wanted = fleet.Take(250).Append(fleet[0]).Append("i-0000000000000dead").ToArray();

        var items = await _ec2.Instances().Where(i => wanted.Contains(i.InstanceId)).ToListAsync();

        items.Select(i => i.InstanceId).Should().BeEquivalentTo(fleet.Take(250)).And.OnlyHaveUniqueItems();
        Requests.Select(r => r.Parameter("Filter:instance-id")!.Split(',').Length).Should().Equal(200, 51);
        _ec2.Instances().Where(i => wanted.Contains(i.InstanceId)).Explain().Requests.Should().HaveCount(2);
    }
}
