using System.CommandLine;
using AwsLinq.Cli.Connection;
using AwsLinq.Cli.Errors;

namespace AwsLinq.Cli.Commands;

/// <summary>
/// <c>--endpoint-url</c>, <c>--region</c> and <c>--profile</c>, as the AWS CLI spells them, on a service's command and
/// all its subcommands. Credentials come from the profile or the SDK's usual chain and are never printed.
/// </summary>
internal sealed class ConnectionOptions
{
    public Option<string> EndpointUrl { get; } = new("--endpoint-url")
    {
        Description = "Send requests to this URL instead of AWS (LocalAws, LocalStack, MinIO). S3 then uses path-style addressing.",
        Recursive = true,
    };

    public Option<string> Region { get; } = new("--region")
    {
        Description = "The AWS region. Default: AWS_REGION, then the profile's region.",
        Recursive = true,
    };

    public Option<string> Profile { get; } = new("--profile")
    {
        Description = "A profile from the shared AWS credentials and config files. Default: AWS_PROFILE, then the default chain.",
        Recursive = true,
    };

    public void AddTo(Command command)
    {
        command.Options.Add(EndpointUrl);
        command.Options.Add(Region);
        command.Options.Add(Profile);
    }

    /// <summary>Clients for the options given, and the counter of their requests.</summary>
    public AwsClientFactory Connect(ParseResult parseResult) => new(Read(parseResult), new RequestCounter());

    /// <summary>Names the endpoint in "cannot reach" errors.</summary>
    public string Endpoint(ParseResult parseResult) =>
        parseResult.GetValue(EndpointUrl) ?? (parseResult.GetValue(Region) is { } region ? $"AWS ({region})" : "AWS");

    private ConnectionSettings Read(ParseResult parseResult)
    {
        Uri? endpoint = null;
        if (parseResult.GetValue(EndpointUrl) is { } text)
        {
            if (!Uri.TryCreate(text, UriKind.Absolute, out endpoint) || (endpoint.Scheme != Uri.UriSchemeHttp && endpoint.Scheme != Uri.UriSchemeHttps))
            {
                throw new CliException($"--endpoint-url: '{text}' is not an http:// or https:// URL.");
            }
        }

        return new ConnectionSettings(endpoint, parseResult.GetValue(Region), parseResult.GetValue(Profile));
    }
}
