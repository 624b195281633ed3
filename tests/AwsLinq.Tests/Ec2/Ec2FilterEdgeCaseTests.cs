using Amazon.EC2;
using Amazon.EC2.Model;
using AwsLinq.LocalAws;
using AwsLinq.Tests.Specification;

namespace AwsLinq.Tests.Ec2;

/// <summary>
/// Filter translations that were wrong once, each compared with LINQ-to-Objects over the complete listing (the
/// oracle of the translation rules).
/// </summary>
public sealed class Ec2FilterEdgeCaseTests : IAsyncLifetime
{
    private LocalAwsServer _server = null!;
    private AmazonEC2Client _ec2 = null!;
    private IReadOnlyList<Instance> _listing = [];

    public async Task InitializeAsync()
    {
        _server = await LocalAwsServer.StartAsync();
        _ec2 = _server.CreateEc2Client();

        // 20 instances: env=prod on even ones, team=core on multiples of 3 (so 0, 6, 12, 18 have both), some untagged.
        _server.Ec2.Seed(Enumerable.Range(0, 4).Select(r => (IReadOnlyList<LocalEc2Instance>)Enumerable.Range(0, 5).Select(k =>
        {
            var n = r * 5 + k;
            var tags = new Dictionary<string, string>(StringComparer.Ordinal);
            if (n % 2 == 0)
            {
                tags["env"] = "prod";
            }

            if (n % 3 == 0)
            {
                tags["team"] = "core";
            }

            return new LocalEc2Instance
            {
                InstanceType = n % 2 == 0 ? "t3.micro" : "m5.large",
                State = "running",
                VpcId = n % 3 == 0 ? "vpc-aaaa" : "vpc-bbbb",
                Tags = tags,
            };
        }).ToList()));

        var all = new List<Instance>();
        var request = new DescribeInstancesRequest();
        do
        {
            var response = await _ec2.DescribeInstancesAsync(request);
            all.AddRange((response.Reservations ?? []).SelectMany(r => r.Instances ?? []));
            request.NextToken = response.NextToken;
        }
        while (request.NextToken is not null);
        _listing = all;
        _server.Requests.Clear();
    }

    public async Task DisposeAsync()
    {
        _ec2.Dispose();
        await _server.DisposeAsync();
    }

    private IQueryable<Instance> Oracle => OracleQueryable.Over(_listing);

    private static List<string> Ids(IEnumerable<Instance> items) => items.Select(i => i.InstanceId).ToList();

    [Fact]
    public async Task Two_ANDed_tag_key_predicates_are_not_merged_because_an_instance_has_many_tag_keys()
    {
        // Correct: instances with both tags (0, 6, 12, 18); tag-key is multi-valued per instance, so two ANDed
        // tag-key predicates cannot be merged into the intersection of their values (here empty => "matches nothing").
        var expected = Oracle.Where(i => i.Tags.Any(t => t.Key == "env") && i.Tags.Any(t => t.Key == "team")).ToList();
        expected.Should().HaveCount(4);

        var actual = await _ec2.Instances().Where(i => i.Tags.Any(t => t.Key == "env") && i.Tags.Any(t => t.Key == "team")).ToListAsync();

        Ids(actual).Should().Equal(Ids(expected));
    }

    [Fact]
    public async Task Contains_on_a_set_with_its_own_comparer_runs_in_memory()
    {
        // Correct: the set's own comparer decides Contains in .NET (OrdinalIgnoreCase here), which an EC2 filter cannot
        // do, so such a Contains must run in memory (or at least be re-checked), not be pushed as an exact filter.
        var vpcs = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "VPC-AAAA" };
        var expected = Oracle.Where(i => vpcs.Contains(i.VpcId)).ToList();
        expected.Should().HaveCount(7);

        var actual = await _ec2.Instances().Where(i => vpcs.Contains(i.VpcId)).ToListAsync();

        Ids(actual).Should().Equal(Ids(expected));
    }

    [Fact]
    public async Task An_empty_tag_key_runs_in_memory_instead_of_sending_an_invalid_filter()
    {
        // Correct: an empty list (no instance has a tag with an empty key; EC2 does not even allow one), not an
        // AmazonEC2Exception "The filter 'tag:' is invalid" caused by pushing i.Tag("") as the filter name "tag:".
        var expected = Oracle.Where(i => i.Tag("") == "x").ToList();

        var act = async () => await _ec2.Instances().Where(i => i.Tag("") == "x").ToListAsync();

        (await act.Should().NotThrowAsync()).Subject.Should().HaveCount(expected.Count);
    }
}
