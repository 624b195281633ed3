using System.Globalization;
using System.Xml.Linq;
using AwsLinq.LocalAws.Ec2.Filtering;
using AwsLinq.LocalAws.Ec2.Resources;
using AwsLinq.LocalAws.Faults;
using AwsLinq.LocalAws.Hosting;

namespace AwsLinq.LocalAws.Ec2.Operations;

/// <summary>
/// <c>DescribeInstances</c>: the instances named by <c>InstanceId.N</c> (all when none are), narrowed by
/// <c>Filter.N</c>, grouped in their reservations, in listing order, paged by <c>MaxResults</c> and <c>NextToken</c>
/// as <see cref="InstancePager"/> describes. Without MaxResults, one page holds everything that is left.
/// </summary>
internal sealed class DescribeInstancesOperation(LocalEc2 ec2) : Ec2Operation(ec2)
{
    private const int MinResults = 5;
    private const int MaxResults = 1000;

    public override string Name => "DescribeInstances";

    /// <summary>Answers with the misbehaviours of the request's faults: a listing is where they show.</summary>
    public override Task<ServiceResponse> ExecuteAsync(Ec2Request request) =>
        Task.FromResult(Ec2Xml.Response(Name, request.RequestId, Describe(request.Parameters, request.Faults)));

    public override IReadOnlyList<XElement> Execute(Ec2Parameters request) => Describe(request, FaultDraw.None);

    private IReadOnlyList<XElement> Describe(Ec2Parameters request, FaultDraw faults)
    {
        var ids = request.List("InstanceId");
        var max = request.Integer("MaxResults");
        if (max is { } n)
        {
            // The reference: "You cannot specify this parameter and the instance IDs parameter in the same request."
            if (ids.Count > 0)
            {
                throw Ec2Errors.InvalidParameterCombination("The parameter instancesSet cannot be used with the parameter maxResults");
            }

            if (n < MinResults)
            {
                throw Ec2Errors.InvalidParameterValue(Invalid(n, $"Expecting a value greater than {MinResults}."));
            }

            if (n > MaxResults)
            {
                throw Ec2Errors.InvalidParameterValue(Invalid(n, $"Expecting a value less than {MaxResults}."));
            }
        }

        RequireInstances(ids);
        var filter = ResourceFilter<LocalEc2Instance>.Parse(request, InstanceFilterFields.Fields, i => i.InstanceId!, ids);
        var start = ListPosition.Start;
        if (request.Value("NextToken") is { } token && !PageTokens.TryDecode(token, out start))
        {
            throw Ec2Errors.InvalidPaginationToken();
        }

        ThrowIfDryRun(request);
        var page = Ec2.Store.Page(filter, start, max) ?? throw Ec2Errors.InvalidPaginationToken();
        var (slices, next) = faults.Has(LocalFault.EndlessEmptyPages)
            ? ([], PageTokens.EncodeEmptyPage(start))
            : (ListingFaults.Order(faults, page.Reservations).Select(r => r with { Instances = ListingFaults.Order(faults, r.Instances) }).ToList(),
                NextToken(faults, page, request.Value("NextToken")));
        var reservations = Ec2Xml.Set("reservationSet", slices.Select(r => InstanceXml.Reservation(r)));
        return next is not null
            ? [reservations, Ec2Xml.Element("nextToken", next)]
            : [reservations];
    }

    private static string? NextToken(FaultDraw faults, InstancePage page, string? requestToken) =>
        ListingFaults.Next(
            faults,
            page.Next is not null,
            () => PageTokens.Encode(page.Next!.Value),
            () => page.InstanceCount >= 2 && page.Last is { } last ? PageTokens.Encode(last) : null,
            requestToken,
            () => PageTokens.Encode(ListPosition.Start)).Token;

    private static string Invalid(int value, string expectation) =>
        string.Create(CultureInfo.InvariantCulture, $"Value ( {value} ) for parameter maxResults is invalid. {expectation}");
}
