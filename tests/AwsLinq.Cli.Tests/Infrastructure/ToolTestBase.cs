using AwsLinq.LocalAws;

namespace AwsLinq.Cli.Tests.Infrastructure;

/// <summary>
/// Tests of the installed <c>awslinq</c>: each test has its own LocalAws, seeded with <see cref="TestData"/>, and its
/// own HOME; the test writes the profiles and variables, and reads stdout, stderr, the exit code and the request log.
/// </summary>
public abstract class ToolTestBase : IAsyncLifetime
{
    protected LocalAwsServer Server { get; private set; } = null!;

    protected AwsHome Home { get; } = new();

    /// <summary>Gets the variables the next runs get, on top of HOME: none unless the test adds some.</summary>
    protected Dictionary<string, string> Environment { get; } = new(StringComparer.Ordinal);

    protected string Endpoint => Server.ServiceUrl.ToString();

    /// <summary>Gives the next runs static keys and a region in the environment, as most scripts have them.</summary>
    protected void UseStaticKeys(string accessKeyId)
    {
        Environment["AWS_ACCESS_KEY_ID"] = accessKeyId;
        Environment["AWS_SECRET_ACCESS_KEY"] = "secret";
        Environment["AWS_REGION"] = "us-east-1";
    }

    public async Task InitializeAsync()
    {
        Server = await LocalAwsServer.StartAsync(new LocalAwsOptions { TimeProvider = new FixedTime(TestData.Now) });
        TestData.Seed(Server);
        Server.Requests.Clear();
    }

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        Home.Dispose();
    }

    protected Task<CliResult> RunAsync(params string[] args) => ToolProcess.RunAsync(Home, Environment, args);
}
