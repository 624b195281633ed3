using AwsLinq.LocalAws.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace AwsLinq.LocalAws.Ec2;

/// <summary>One query-protocol request: <c>Action</c> names the operation, every other parameter is logged by name.</summary>
internal sealed class Ec2Request : ServiceRequest
{
    // The SDK sends one form field per list member, so a large CreateTags goes past ASP.NET's default of 1,024.
    private static readonly FormOptions Form = new() { ValueCountLimit = int.MaxValue, KeyLengthLimit = int.MaxValue };

    private Ec2Request(HttpContext context, Ec2Parameters parameters)
        : base(context, Guid.NewGuid().ToString())
    {
        Parameters = parameters;
        Ec2RequestLogParameters.AddTo(Logged, parameters);
    }

    public Ec2Parameters Parameters { get; }

    public override string? OperationName => Parameters.Action;

    /// <summary>Reads the parameters of the query string and of a form body; the form wins where both have one.</summary>
    public static async Task<Ec2Request> ReadAsync(HttpContext context)
    {
        var request = context.Request;
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, values) in request.Query)
        {
            parameters[name] = values.ToString();
        }

        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(Form, context.RequestAborted).ConfigureAwait(false);
            foreach (var (name, values) in form)
            {
                parameters[name] = values.ToString();
            }
        }

        return new Ec2Request(context, new Ec2Parameters(parameters));
    }
}
