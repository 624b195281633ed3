using Amazon.EC2;
using Amazon.EC2.Model;
using AwsLinq.LocalAws;
using AwsLinq.Tests.LocalAws.Ec2;

namespace AwsLinq.Tests.Ec2.Volumes;

/// <summary>Each volume translation rule, asserted on the DescribeVolumes requests LocalAws served.</summary>
public sealed class VolumeTranslationTests : Ec2TestBase
{
    private IReadOnlyList<string> _ids = [];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _ids = Server.Ec2.Volumes.Seed(VolumeSpecData.Volumes);
    }

    private IReadOnlyList<ServedRequest> Requests => Server.Requests.For("ec2", "DescribeVolumes");

    [Fact]
    public async Task State_and_type_become_filters_in_EC2s_lower_case()
    {
        var items = await Client.Volumes().Where(v => v.State == VolumeState.Available && v.VolumeType == "GP3").ToListAsync();

        items.Should().NotBeEmpty().And.OnlyContain(v => v.State == VolumeState.Available && v.VolumeType == VolumeType.Gp3);
        var request = Requests.Should().ContainSingle().Subject;
        request.Parameter("Filter:status").Should().Be("available");
        request.Parameter("Filter:volume-type").Should().Be("gp3");
    }

    [Fact]
    public async Task Numbers_and_flags_become_filters()
    {
        var count = await Client.Volumes().Where(v => v.Size == 100 && v.Encrypted == true).CountAsync();

        count.Should().Be(VolumeSpecData.Volumes.Count(v => v.Size == 100 && v.Encrypted));
        var request = Requests.Should().ContainSingle().Subject;
        (request.Parameter("Filter:size"), request.Parameter("Filter:encrypted")).Should().Be(("100", "true"));
    }

    [Fact]
    public async Task Attachments_Any_becomes_the_attachment_filters()
    {
        var first = VolumeSpecData.InstanceIds[0];

        var attached = await Client.Volumes().Where(v => v.Attachments.Any(a => a.InstanceId == first)).Select(v => v.VolumeId).ToListAsync();
        var root = await Client.Volumes().Where(v => v.Attachments.Any(a => a.Device == "/dev/xvda" || a.Device == "/dev/sdf")).CountAsync();

        attached.Should().Equal(VolumeSpecData.Volumes.Where(v => v.Attachments.Any(a => a.InstanceId == first)).Select(v => v.VolumeId));
        root.Should().Be(VolumeSpecData.Volumes.Count(v => v.Attachments.Any(a => a.Device is "/dev/xvda" or "/dev/sdf")));
        Requests.Select(r => string.Join(' ', r.Parameters.Select(p => $"{p.Key}={p.Value}")))
            .Should().Equal($"Filter:attachment.instance-id={first}", "Filter:attachment.device=/dev/xvda,/dev/sdf");
    }

    [Fact]
    public async Task An_attachment_predicate_on_two_fields_runs_in_memory_and_ServerSideOnly_refuses_it()
    {
        var first = VolumeSpecData.InstanceIds[0];
        var query = Client.Volumes().Where(v => v.Attachments.Any(a => a.InstanceId == first && a.Device == "/dev/sdf"));

        var items = await query.ToListAsync();
        var strict = async () => await query.ServerSideOnly().ToListAsync();

        items.Should().ContainSingle().Which.VolumeId.Should().Be("vol-00000000000000012");
        Requests.Should().ContainSingle().Which.Parameters.Should().BeEmpty();
        await strict.Should().ThrowAsync<InvalidOperationException>().WithMessage(
            "The LINQ expression 'v => v.Attachments.Any(a => a.InstanceId == \"i-00000000000000001\" && a.Device == \"/dev/sdf\")' could not be translated into EC2 DescribeVolumes request parameters, and ServerSideOnly() forbids evaluating it in memory. *");
    }

    [Fact]
    public async Task Tags_become_tag_filters()
    {
        var prod = await Client.Volumes().Where(v => v.Tag("env") == "prod").CountAsync();
        var named = await Client.Volumes().Where(v => v.Tags.Any(t => t.Key == "Name" && t.Value.StartsWith("logs-"))).CountAsync();

        (prod, named).Should().Be((
            VolumeSpecData.Volumes.Count(v => v.Tags.GetValueOrDefault("env") == "prod"),
            VolumeSpecData.Volumes.Count(v => v.Tags.GetValueOrDefault("Name")?.StartsWith("logs-", StringComparison.Ordinal) == true)));
        Requests.Select(r => string.Join(' ', r.Parameters.Select(p => $"{p.Key}={p.Value}"))).Should().Equal("Filter:tag:env=prod", "Filter:tag:Name=logs-*");
    }

    [Fact]
    public async Task Creation_time_runs_in_memory()
    {
        var cutoff = VolumeSpecData.Epoch.UtcDateTime.AddDays(100);

        var items = await Client.Volumes().Where(v => v.CreateTime < cutoff).ToListAsync();

        items.Should().HaveCount(VolumeSpecData.Volumes.Count(v => v.CreateTime < cutoff));
        Requests.Should().ContainSingle().Which.Parameters.Should().BeEmpty();
    }

    [Fact]
    public async Task Take_becomes_MaxResults_raised_to_five_and_page_size_pages_every_volume_once()
    {
        var taken = await Client.Volumes().Take(2).ToListAsync();
        var ids = await Client.Volumes().WithPageSize(7).Select(v => v.VolumeId).ToListAsync();

        taken.Should().HaveCount(2);
        ids.Should().Equal(_ids);
        Requests[0].Parameter("MaxResults").Should().Be("5");
        Requests.Skip(1).Should().HaveCount(9).And.OnlyContain(r => r.Parameter("MaxResults") == "7");
        Requests.Skip(2).Should().OnlyContain(r => r.Parameter("NextToken") != null);
    }

    [Fact]
    public void Page_sizes_are_those_DescribeVolumes_takes()
    {
        var below = () => Client.Volumes().WithPageSize(4);
        var above = () => Client.Volumes().WithPageSize(501);

        below.Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("The page size 4 is out of range for EC2 DescribeVolumes: MaxResults must be between 5 and 500.*");
        above.Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("The page size 501 is out of range for EC2 DescribeVolumes: MaxResults must be between 5 and 500.*");
    }

    [Fact]
    public void Explain_shows_the_filters()
    {
        var plan = Client.Volumes().Where(v => v.State == VolumeState.Available && v.Tag("env") == "dev").Take(10).Explain();

        plan.ToString().Should().Be(
            """
            EC2 DescribeVolumes
              request: DescribeVolumes Filter:status=available, Filter:tag:env=dev, MaxResults=10
              in memory: take 10
              stops: after 10 items, or after the last page
              follow-up calls: none
            """.ReplaceLineEndings());
    }
}
