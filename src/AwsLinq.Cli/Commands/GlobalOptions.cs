using System.CommandLine;
using AwsLinq.Cli.Connection;
using AwsLinq.Cli.Errors;
using AwsLinq.Cli.Output;

namespace AwsLinq.Cli.Commands;

/// <summary>
/// The options every command takes, named as in the AWS CLI and accepted before or after the service word:
/// <c>--endpoint-url</c>, <c>--region</c>, <c>--profile</c>, <c>--output</c>, <c>--cli-read-timeout</c>, <c>--debug</c>.
/// Credentials come from the profile or the SDK's usual chain and are never printed.
/// </summary>
internal sealed class GlobalOptions
{
    private readonly Option<string[]> _endpointUrl = new("--endpoint-url")
    {
        Description = "Send requests to this URL instead of AWS (LocalAws, LocalStack, MinIO). S3 then uses path-style addressing. " +
            "Repeat as region=URL to give each region of --regions its own endpoint.",
        Recursive = true,
        Arity = ArgumentArity.OneOrMore,
        AllowMultipleArgumentsPerToken = false,
    };

    private readonly Option<string> _region = new("--region")
    {
        Description = "The AWS region. Default: AWS_REGION, AWS_DEFAULT_REGION, then the profile's region.",
        Recursive = true,
    };

    private readonly Option<string> _profile = new("--profile")
    {
        Description = "A profile of the shared AWS config and credentials files, read as AWS_PROFILE is. Default: AWS_PROFILE, then the default chain.",
        Recursive = true,
    };

    private readonly Option<string> _output = new Option<string>("--output", "-o")
    {
        Description = "table, text, json or csv. Default: table on a terminal, json when redirected.",
        Recursive = true,
    }.AcceptOnlyFromAmong("table", "text", "json", "csv");

    private readonly Option<int?> _readTimeout = new("--cli-read-timeout")
    {
        Description = "Seconds to wait for each answer before giving up. Default: the SDK's.",
        Recursive = true,
        CustomParser = WholeNumbers.Parse("--cli-read-timeout", min: 1),
    };

    public Option<bool> Debug { get; } = new("--debug") { Description = "On errors, also print the whole exception.", Recursive = true };

    public void AddTo(Command root)
    {
        root.Options.Add(_endpointUrl);
        root.Options.Add(_region);
        root.Options.Add(_profile);
        root.Options.Add(_output);
        root.Options.Add(_readTimeout);
        root.Options.Add(Debug);
    }

    public OutputFormat? Output(ParseResult parseResult) => parseResult.GetValue(_output) switch
    {
        "table" => OutputFormat.Table,
        "text" => OutputFormat.Text,
        "csv" => OutputFormat.Csv,
        "json" => OutputFormat.Json,
        _ => null,
    };

    /// <summary>Names the endpoint in "cannot reach" errors, without credentials in the URL.</summary>
    public string Endpoint(ParseResult parseResult) =>
        parseResult.GetValue(_endpointUrl) is { Length: > 0 } urls ? string.Join(", ", urls.Select(UrlText.Redacted))
        : parseResult.GetValue(_region) is { } region ? $"AWS ({region})"
        : "AWS";

    public ConnectionSettings Connection(ParseResult parseResult)
    {
        Uri? endpoint = null;
        var regions = new Dictionary<string, Uri>(StringComparer.Ordinal);
        foreach (var text in parseResult.GetValue(_endpointUrl) ?? [])
        {
            var (region, url) = EndpointEntry.Split(text);
            var uri = EndpointEntry.Url(url);
            if (region is null)
            {
                endpoint = endpoint is null ? uri : throw CliException.Usage(
                    "--endpoint-url: give one URL for every request, and name the region of any other: --endpoint-url eu-west-1=http://127.0.0.1:4567/.");
            }
            else if (!regions.TryAdd(region, uri))
            {
                throw CliException.Usage($"--endpoint-url: the region {region} is given two endpoints; give it one.");
            }
        }

        var timeout = parseResult.GetValue(_readTimeout) is { } seconds ? TimeSpan.FromSeconds(seconds) : (TimeSpan?)null;
        return new ConnectionSettings(endpoint, parseResult.GetValue(_region), parseResult.GetValue(_profile), timeout) { RegionEndpoints = regions };
    }
}
