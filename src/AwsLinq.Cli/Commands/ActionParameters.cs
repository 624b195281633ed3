using System.CommandLine;
using AwsLinq.Cli.Errors;
using AwsLinq.Providers;

namespace AwsLinq.Cli.Commands;

/// <summary>
/// A batch action's parameters as its declaration lists them: a flag is an option (<c>--force</c>), pairs and values are
/// the command's trailing arguments (<c>tag owner=ops</c>, <c>untag team</c>).
/// </summary>
internal sealed class ActionParameters
{
    private readonly string _command;
    private readonly List<Func<ParseResult, BatchArguments, BatchArguments>> _readers = [];
    private readonly List<Symbol> _symbols = [];

    public ActionParameters(string command, IReadOnlyList<BatchParameter> parameters)
    {
        _command = command;
        foreach (var parameter in parameters)
        {
            Add(parameter);
        }
    }

    public void AddTo(Command command)
    {
        foreach (var symbol in _symbols)
        {
            switch (symbol)
            {
                case Option option:
                    command.Options.Add(option);
                    break;
                case Argument argument:
                    command.Arguments.Add(argument);
                    break;
            }
        }
    }

    public BatchArguments Read(ParseResult parseResult) =>
        _readers.Aggregate(BatchArguments.None, (arguments, read) => read(parseResult, arguments));

    private void Add(BatchParameter parameter)
    {
        switch (parameter.Kind)
        {
            case BatchParameterKind.Flag:
                var flag = new Option<bool>("--" + parameter.Name) { Description = parameter.Description };
                _symbols.Add(flag);
                _readers.Add((parse, arguments) => arguments.With(parameter.Name, parse.GetValue(flag)));
                break;
            case BatchParameterKind.KeyValuePairs:
                var pairs = new Argument<string[]>("key=value") { Description = parameter.Description, Arity = ArgumentArity.OneOrMore };
                _symbols.Add(pairs);
                _readers.Add((parse, arguments) => arguments.With(
                    parameter.Name, parse.GetRequiredValue(pairs).Select(Pair).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal)));
                break;
            default:
                var values = new Argument<string[]>(parameter.Name) { Description = parameter.Description, Arity = ArgumentArity.OneOrMore };
                _symbols.Add(values);
                _readers.Add((parse, arguments) => arguments.With(parameter.Name, parse.GetRequiredValue(values)));
                break;
        }
    }

    private KeyValuePair<string, string> Pair(string text)
    {
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        return equals > 0
            ? new(text[..equals], text[(equals + 1)..])
            : throw CliException.Usage($"{_command}: '{text}' is not key=value.");
    }
}
