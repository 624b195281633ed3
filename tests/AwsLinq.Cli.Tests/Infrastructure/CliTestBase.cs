using AwsLinq.LocalAws;

namespace AwsLinq.Cli.Tests.Infrastructure;

/// <summary>
/// Each test gets its own LocalAws server, seeded with <see cref="TestData"/>, and runs <c>awslinq</c> in-process
/// against it with <c>--endpoint-url</c>, reading stdout, stderr and the server's request log.
/// </summary>
public abstract class CliTestBase : IAsyncLifetime
{
    static CliTestBase() => DummyCredentials.Ensure();

    protected LocalAwsServer Server { get; private set; } = null!;

    protected string Endpoint => Server.ServiceUrl.ToString();

    /// <summary>Gets the line a dry run prints first: LocalAws's STS names the account of any key.</summary>
    protected string TargetLine => $"target: account 000000000000, region us-east-1, endpoint {Endpoint}";

    /// <summary>Gets how the refusal names where it would have acted.</summary>
    protected string Target => $"account 000000000000, region us-east-1, endpoint {Endpoint}";

    public async Task InitializeAsync()
    {
        Server = await LocalAwsServer.StartAsync(new LocalAwsOptions { TimeProvider = new FixedTime(TestData.Now) });
        TestData.Seed(Server);
        Server.Requests.Clear();
    }

    public async Task DisposeAsync() => await Server.DisposeAsync();

    /// <summary>Runs a service command (<c>s3</c>, <c>ec2</c>, <c>sqs</c>) against this test's server.</summary>
    protected Task<CliResult> RunAsync(params string[] args) => RunRawAsync([.. args, "--endpoint-url", Endpoint]);

    /// <summary>Runs a service command as if stdout were a terminal.</summary>
    protected Task<CliResult> RunOnTerminalAsync(params string[] args) =>
        RunRawAsync([.. args, "--endpoint-url", Endpoint], outputIsTerminal: true);

    protected static async Task<CliResult> RunRawAsync(string[] args, bool outputIsTerminal = false, CancellationToken cancellationToken = default)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var console = new CliConsole(output, error, outputIsTerminal, ErrorIsTerminal: false);
        var exitCode = await Cli.RunAsync(args, console, cancellationToken);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }
}
