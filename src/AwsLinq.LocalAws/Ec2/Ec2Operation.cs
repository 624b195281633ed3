using System.Xml.Linq;
using AwsLinq.LocalAws.Hosting;

namespace AwsLinq.LocalAws.Ec2;

/// <summary>One EC2 action: its name, and the elements of its answer.</summary>
internal abstract class Ec2Operation(LocalEc2 ec2) : ServiceOperation<Ec2Request>
{
    protected LocalEc2 Ec2 { get; } = ec2;

    public override Task<ServiceResponse> ExecuteAsync(Ec2Request request) =>
        Task.FromResult(Ec2Xml.Response(Name, request.RequestId, Execute(request.Parameters)));

    /// <summary>
    /// Validates and runs the request, returning the elements that follow <c>requestId</c> in the response, or throws
    /// <see cref="Ec2ErrorException"/>. Checks come first, then DryRun, then changes, so a dry run changes nothing.
    /// </summary>
    public abstract IReadOnlyList<XElement> Execute(Ec2Parameters request);

    /// <summary>
    /// EC2 answers a request that passed its checks and asked for a dry run with the DryRunOperation error
    /// (the reference's DryRun parameter: "If you have the required permissions, the error response is DryRunOperation").
    /// </summary>
    protected static void ThrowIfDryRun(Ec2Parameters request)
    {
        if (request.DryRun)
        {
            throw Ec2Errors.DryRunOperation();
        }
    }

    /// <summary>Checks instance ids: the first malformed one fails the request, then all the unknown ones together.</summary>
    protected void RequireInstances(IReadOnlyList<string> ids)
    {
        if (ids.FirstOrDefault(id => !InstanceIds.IsWellFormed(id)) is { } malformed)
        {
            throw Ec2Errors.InstanceIdMalformed(malformed);
        }

        if (Ec2.Store.Missing(ids) is { Count: > 0 } missing)
        {
            throw Ec2Errors.InstanceIdNotFound(missing);
        }
    }

    protected static XElement Return() => Ec2Xml.Element("return", Ec2Xml.Boolean(true));
}
