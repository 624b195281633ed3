using Amazon.EC2;
using AwsLinq.LocalAws;

namespace AwsLinq.Tests.LocalAws.Ec2.Resources;

/// <summary>
/// One Describe call of a resource other than instances, as the tests that every such call shares see it: how to
/// seed one record, and how to send the call with ids, a page size, a token, filters or DryRun through the SDK.
/// </summary>
public sealed record DescribeCase(
    string Operation,
    string IdPrefix,
    string MalformedCode,
    string NotFoundCode,
    Func<LocalEc2, string> SeedOne,
    Func<IAmazonEC2, DescribeCall, Task<DescribePage>> Send)
{
    public override string ToString() => Operation;
}

/// <summary>What a test asks of a Describe call.</summary>
public sealed record DescribeCall(
    IReadOnlyList<string>? Ids = null, int? MaxResults = null, string? NextToken = null, IReadOnlyList<Amazon.EC2.Model.Filter>? Filters = null, bool DryRun = false);

/// <summary>The ids a Describe call answered with, and its NextToken.</summary>
public sealed record DescribePage(IReadOnlyList<string> Ids, string? NextToken);
