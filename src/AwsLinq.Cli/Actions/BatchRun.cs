using AwsLinq.Providers;

namespace AwsLinq.Cli.Actions;

/// <summary>One of the library's batch actions, as a command runs it.</summary>
/// <param name="Action">The action's declaration: its call, its plan and how it dry-runs.</param>
/// <param name="Verb">What it does, in the refusal message: "delete", "stop".</param>
/// <param name="Arguments">The action's arguments, as the command line gave them.</param>
/// <param name="Request">Which items, and whether to really act.</param>
internal sealed record BatchRun<T>(BatchAction<T> Action, string Verb, BatchArguments Arguments, ActionRequest Request)
    where T : class;
