using AwsLinq.LocalAws;
using Xunit.Abstractions;

namespace AwsLinq.Tests.Reliability;

/// <summary>
/// Large listings under a tenth of each kind of transient fault (throttling, 500, 503, connections dropped before and
/// after the service acted, delays), with several seeds: every item comes back exactly once, in listing order.
/// One class per service, so that they run side by side.
/// </summary>
public abstract class FaultSuite(ITestOutputHelper output)
{
    protected static Task<LocalAwsServer> Start(int seed, IReadOnlyList<LocalFaultRule> faults) =>
        LocalAwsServer.StartAsync(new LocalAwsOptions { Seed = seed, Faults = faults });

    protected void Report(LocalAwsServer server, string operation, int seed)
    {
        var requests = server.Requests.Snapshot().Where(r => r.Operation == operation).ToList();
        var hit = requests.Count(r => r.Fault is not null);
        output.WriteLine($"seed {seed}: {requests.Count} {operation} requests, {hit} hit by a fault");
        hit.Should().BeGreaterThan(0, "the faults must really have been injected");
    }
}
