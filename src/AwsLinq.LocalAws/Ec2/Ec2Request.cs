using AwsLinq.LocalAws.Hosting;
using Microsoft.AspNetCore.Http;

namespace AwsLinq.LocalAws.Ec2;

/// <summary>One query-protocol request: <c>Action</c> names the operation, every other parameter is logged by name.</summary>
internal sealed class Ec2Request : ServiceRequest
{
    private Ec2Request(HttpContext context, Ec2Parameters parameters)
        : base(context, Guid.NewGuid().ToString())
    {
        Parameters = parameters;
        Ec2RequestLogParameters.AddTo(Logged, parameters);
    }

    public Ec2Parameters Parameters { get; }

    public override string? OperationName => Parameters.Action;

    public override string Protocol => "ec2";

    /// <summary>Reads the parameters of the query string and of a form body; the form wins where both have one.</summary>
    public static async Task<Ec2Request> ReadAsync(HttpContext context) =>
        new(context, new Ec2Parameters(await QueryParameters.ReadAsync(context).ConfigureAwait(false)));
}
