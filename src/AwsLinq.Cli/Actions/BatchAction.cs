using System.Linq.Expressions;

namespace AwsLinq.Cli.Actions;

/// <summary>One of the library's batch actions, as a command runs it.</summary>
/// <param name="Verb">What it does, in the refusal message: "delete", "stop".</param>
/// <param name="Explain">The call, for <c>Explain</c>: the plan names the requests the action sends.</param>
/// <param name="Run">Runs the action over the selected items.</param>
internal sealed record BatchAction<T>(
    string Verb,
    Expression<Func<IQueryable<T>, Task<BatchResult>>> Explain,
    Func<IQueryable<T>, BatchOptions, CancellationToken, Task<BatchResult>> Run);
