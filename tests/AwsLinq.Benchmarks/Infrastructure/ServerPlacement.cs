namespace AwsLinq.Benchmarks.Infrastructure;

/// <summary>Where the local endpoint runs relative to the code being measured.</summary>
public enum ServerPlacement
{
    /// <summary>In the benchmark process, as in the test suite: its time and allocations count too.</summary>
    InProcess,

    /// <summary>In a child process: the Allocated column and the live heap are the client's alone.</summary>
    SeparateProcess,
}
