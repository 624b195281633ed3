using Amazon.EC2;
using Amazon.EC2.Model;

namespace AwsLinq.Tests.LocalAws.Ec2.Resources;

/// <summary>
/// What every Describe call of the resources other than instances answers as EC2 does: ids, paging, MaxResults,
/// filters and DryRun, with EC2's error codes and messages.
/// </summary>
public sealed class DescribeResourcesTests : Ec2TestBase
{
    public static IEnumerable<object[]> Cases => DescribeCases.Names();

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_malformed_id_fails_with_the_kinds_Malformed_error(string operation)
    {
        var call = DescribeCases.Named(operation);

        var error = await FailureOf(() => call.Send(Client, new DescribeCall(Ids: [call.IdPrefix + "-xyz"])));

        (error.ErrorCode, error.Message).Should().Be((call.MalformedCode, $"Invalid id: \"{call.IdPrefix}-xyz\" (expecting \"{call.IdPrefix}-...\")"));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Unknown_ids_fail_together_with_the_kinds_NotFound_error(string operation)
    {
        var call = DescribeCases.Named(operation);
        var known = call.SeedOne(State);
        string[] unknown = [call.IdPrefix + "-0eeeeeeeeeeeeeeee", call.IdPrefix + "-0ffffffffffffffff"];

        var found = await call.Send(Client, new DescribeCall(Ids: [known]));
        var error = await FailureOf(() => call.Send(Client, new DescribeCall(Ids: [known, .. unknown])));

        found.Ids.Should().Equal(known);
        error.ErrorCode.Should().Be(call.NotFoundCode);
        error.Message.Should().Contain(unknown[0]).And.Contain(unknown[1]).And.NotContain(known);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task MaxResults_below_five_is_refused(string operation)
    {
        var call = DescribeCases.Named(operation);

        var error = await FailureOf(() => call.Send(Client, new DescribeCall(MaxResults: 4)));

        (error.ErrorCode, error.Message).Should().Be(("InvalidParameterValue", "Value ( 4 ) for parameter maxResults is invalid. Expecting a value greater than 5."));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Pages_follow_NextToken_to_every_record_once(string operation)
    {
        var call = DescribeCases.Named(operation);
        var seeded = Enumerable.Range(0, 12).Select(_ => call.SeedOne(State)).ToList();

        var ids = new List<string>();
        string? token = null;
        var pages = 0;
        do
        {
            var page = await call.Send(Client, new DescribeCall(MaxResults: 5, NextToken: token));
            ids.AddRange(page.Ids);
            token = page.NextToken;
            pages++;
        }
        while (token is not null);

        ids.Should().Equal(seeded);
        pages.Should().Be(3);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_forged_token_or_one_of_another_listing_is_refused(string operation)
    {
        var call = DescribeCases.Named(operation);
        var other = DescribeCases.All.FirstOrDefault(c => c != call) ?? call;
        Enumerable.Range(0, 6).ToList().ForEach(_ => other.SeedOne(State));
        var otherToken = (await other.Send(Client, new DescribeCall(MaxResults: 5))).NextToken!;

        var forged = await FailureOf(() => call.Send(Client, new DescribeCall(NextToken: "not-a-token")));
        var foreign = other == call ? forged : await FailureOf(() => call.Send(Client, new DescribeCall(NextToken: otherToken)));

        (forged.ErrorCode, forged.Message).Should().Be(("InvalidPaginationToken", "The specified pagination token is not valid or is expired."));
        foreign.ErrorCode.Should().Be("InvalidPaginationToken");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Filters_EC2_does_not_know_or_without_values_are_refused(string operation)
    {
        var call = DescribeCases.Named(operation);

        var unknown = await FailureOf(() => call.Send(Client, new DescribeCall(Filters: [Filter("no-such-filter", "x")])));
        var empty = await FailureOf(() => call.Send(Client, new DescribeCall(Filters: [new Filter { Name = "tag-key" }])));

        (unknown.ErrorCode, unknown.Message).Should().Be(("InvalidParameterValue", "The filter 'no-such-filter' is invalid"));
        (empty.ErrorCode, empty.Message).Should().Be(("InvalidParameterValue", "The filter 'tag-key' requires a value"));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_filter_of_more_than_200_values_is_refused(string operation)
    {
        var call = DescribeCases.Named(operation);
        var keys = Enumerable.Range(0, 201).Select(n => $"k{n}").ToArray();

        var allowed = await call.Send(Client, new DescribeCall(Filters: [Filter("tag-key", keys[..200]), Filter("tag-value", keys[..200])]));
        var error = await FailureOf(() => call.Send(Client, new DescribeCall(Filters: [Filter("tag-key", keys)])));

        allowed.Ids.Should().BeEmpty();
        (error.ErrorCode, error.Message).Should().Be(("FilterLimitExceeded", "The maximum number of filter values specified on a single call is 200"));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Tag_filters_match_keys_values_and_wildcards(string operation)
    {
        var call = DescribeCases.Named(operation);
        var tagged = call.SeedOne(State);
        call.SeedOne(State);
        await Client.CreateTagsAsync(new CreateTagsRequest { Resources = [tagged], Tags = [new Tag("Name", "web-1")] });

        var byValue = await call.Send(Client, new DescribeCall(Filters: [Filter("tag:Name", "web-?")]));
        var byKey = await call.Send(Client, new DescribeCall(Filters: [Filter("tag-key", "Name")]));
        var byAnyValue = await call.Send(Client, new DescribeCall(Filters: [Filter("tag-value", "*-1")]));

        byValue.Ids.Should().Equal(tagged);
        byKey.Ids.Should().Equal(tagged);
        byAnyValue.Ids.Should().Equal(tagged);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task DryRun_answers_DryRunOperation(string operation)
    {
        var call = DescribeCases.Named(operation);

        var error = await FailureOf(() => call.Send(Client, new DescribeCall(DryRun: true)));

        (error.ErrorCode, error.StatusCode).Should().Be(("DryRunOperation", System.Net.HttpStatusCode.PreconditionFailed));
    }
}
