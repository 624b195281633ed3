namespace AwsLinq.Providers;

/// <summary>The kinds of argument a batch action takes.</summary>
public enum BatchParameterKind
{
    /// <summary>A switch, off unless given (<c>--force</c>).</summary>
    Flag,

    /// <summary>One or more <c>key=value</c> pairs (tags to set).</summary>
    KeyValuePairs,

    /// <summary>One or more values (tag keys to remove).</summary>
    Values,
}

/// <summary>An argument of a batch action, declared so that tools such as the <c>awslinq</c> command can offer it.</summary>
/// <param name="Name">The argument's name, for example <c>force</c> or <c>tags</c>.</param>
/// <param name="Kind">What it holds.</param>
/// <param name="Description">What it does, in one sentence.</param>
public sealed record BatchParameter(string Name, BatchParameterKind Kind, string Description);
