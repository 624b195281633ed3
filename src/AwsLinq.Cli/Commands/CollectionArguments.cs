using System.CommandLine;
using Amazon.Runtime;
using AwsLinq.Cli.Errors;
using AwsLinq.Cli.Output;
using AwsLinq.Providers;

namespace AwsLinq.Cli.Commands;

/// <summary>
/// The positional arguments a collection's listing needs (a bucket), as its catalog declares them: checked before
/// anything is sent, and named in the error when the service says the value does not exist.
/// </summary>
internal sealed class CollectionArguments
{
    private readonly IReadOnlyList<(CollectionArgument Declared, Argument<string> Parsed)> _arguments;

    public CollectionArguments(IReadOnlyList<CollectionArgument> declared) =>
        _arguments = declared.Select(d => (d, Create(d))).ToList();

    public void AddTo(Command command)
    {
        foreach (var (_, parsed) in _arguments)
        {
            command.Arguments.Add(parsed);
        }
    }

    public IReadOnlyList<string> Read(ParseResult parseResult) =>
        _arguments.Select(a => parseResult.GetRequiredValue(a.Parsed)).ToList();

    /// <summary>Runs a command body, reporting a service's "no such bucket" as the argument's own error.</summary>
    public async Task<int> RunAsync(IReadOnlyList<string> values, Func<Task<int>> run)
    {
        try
        {
            return await run();
        }
        catch (AmazonServiceException e) when (NotFound(e, values) is { } message)
        {
            throw CliException.Service(message, e);
        }
    }

    private string? NotFound(AmazonServiceException e, IReadOnlyList<string> values)
    {
        var index = e.ErrorCode is not { } code ? -1 : _arguments.ToList().FindIndex(a => a.Declared.NotFoundCodes.Contains(code));
        if (index < 0)
        {
            return null;
        }

        var (declared, _) = _arguments[index];

        // Of several values, the service's message says which one is missing.
        return declared.Separator is { } separator && values[index].Contains(separator, StringComparison.Ordinal)
            ? $"{DisplayText.Escape(ErrorMessages.FirstLine(e.Message))} ({e.ErrorCode})."
            : $"{declared.Name} '{DisplayText.Escape(values[index])}' does not exist ({e.ErrorCode}).";
    }

    private static Argument<string> Create(CollectionArgument declared)
    {
        var argument = new Argument<string>(declared.Name) { Description = declared.Description };
        if (declared.Default is { } value)
        {
            argument.Arity = ArgumentArity.ZeroOrOne;
            argument.DefaultValueFactory = _ => value;
        }

        if (declared.Check is { } check)
        {
            argument.Validators.Add(result =>
            {
                var value = result.Tokens.Count == 0 ? string.Empty : result.Tokens[0].Value;
                if (check(value) is { } problem)
                {
                    result.AddError($"{declared.Name} '{DisplayText.Escape(value)}' {problem}");
                }
            });
        }

        return argument;
    }
}
