using System.Globalization;
using System.Xml.Linq;

namespace AwsLinq.LocalAws.Ec2.Operations;

/// <summary>
/// <c>RunInstances</c>: launches MaxCount instances in one new reservation. The answer reports them <c>pending</c>,
/// as EC2 does; the endpoint settles them at once, so the next describe shows them <c>running</c>.
/// </summary>
internal sealed class RunInstancesOperation(LocalEc2 ec2) : Ec2Operation(ec2)
{
    // EC2 has no such bound (account quotas apply instead); it keeps a typo from filling memory.
    private const int MostPerCall = 10_000;

    // The reference: "InstanceType ... Default: m1.small".
    private const string DefaultInstanceType = "m1.small";

    public override string Name => "RunInstances";

    public override IReadOnlyList<XElement> Execute(Ec2Parameters request)
    {
        var imageId = request.Required("ImageId");
        var min = request.Integer("MinCount") ?? throw Ec2Errors.MissingParameter("MinCount");
        var max = request.Integer("MaxCount") ?? throw Ec2Errors.MissingParameter("MaxCount");
        if (min < 1)
        {
            throw Ec2Errors.InvalidParameterValue(Invalid("minCount", min, "Expecting a value greater than 0."));
        }

        if (max < min || max > MostPerCall)
        {
            throw Ec2Errors.InvalidParameterValue(Invalid("maxCount", max, $"Expecting a value from minCount ({min}) to {MostPerCall}."));
        }

        var template = new LocalEc2Instance
        {
            ImageId = imageId,
            InstanceType = request.Value("InstanceType") ?? DefaultInstanceType,
            KeyName = request.Value("KeyName"),
            SubnetId = request.Value("SubnetId"),
            AvailabilityZone = request.Value("Placement.AvailabilityZone"),
            Tenancy = request.Value("Placement.Tenancy") ?? "default",
            IamInstanceProfileArn = request.Value("IamInstanceProfile.Arn"),
            PrivateIpAddress = max == 1 ? request.Value("PrivateIpAddress") : null,
            Tags = InstanceTags(request),
            State = InstanceStates.Running,
        };
        ThrowIfDryRun(request);

        var launched = Enumerable.Range(0, max).Select(i => template with { AmiLaunchIndex = i }).ToList();
        var reservation = Ec2.Store.Add([launched]).Single();
        return [.. InstanceXml.Reservation(reservation, InstanceStates.Pending).Cast<XElement>()];
    }

    private static string Invalid(string parameter, int value, string expectation) =>
        string.Create(CultureInfo.InvariantCulture, $"Value ({value}) for parameter {parameter} is invalid. {expectation}");

    /// <summary>The tags of every <c>TagSpecification.N</c> whose ResourceType is <c>instance</c>; others name volumes and the like.</summary>
    private static Dictionary<string, string> InstanceTags(Ec2Parameters request)
    {
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var specification in request.Structures("TagSpecification"))
        {
            if (!string.Equals(specification.Value("ResourceType"), "instance", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var tag in specification.Structures("Tag"))
            {
                tags[tag.Required("Key")] = tag.Value("Value") ?? string.Empty;
            }
        }

        return tags;
    }
}
