namespace AwsLinq.LocalAws.Ec2.Filtering;

/// <summary>
/// A filter value as the reference's Filter type reads it: <c>*</c> matches zero or more characters, <c>?</c> exactly
/// one, and a backslash makes the next character literal (<c>\*amazon\?\\</c> is the literal <c>*amazon?\</c>).
/// Matching is ordinal and case-sensitive.
/// </summary>
internal sealed class WildcardPattern
{
    private const char Literal = 'L';
    private const char AnyOne = '?';
    private const char AnyMany = '*';

    private readonly (char Kind, char Char)[] _tokens;
    private readonly string? _literal;

    private WildcardPattern((char Kind, char Char)[] tokens)
    {
        _tokens = tokens;
        if (tokens.All(t => t.Kind == Literal))
        {
            _literal = new string(tokens.Select(t => t.Char).ToArray());
        }
    }

    public static WildcardPattern Parse(string value)
    {
        var tokens = new List<(char Kind, char Char)>(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '\\' && i + 1 < value.Length)
            {
                tokens.Add((Literal, value[++i]));
            }
            else
            {
                tokens.Add(c switch { '*' => (AnyMany, c), '?' => (AnyOne, c), _ => (Literal, c) });
            }
        }

        return new WildcardPattern([.. tokens]);
    }

    public bool IsMatch(string text) => _literal is not null ? string.Equals(_literal, text, StringComparison.Ordinal) : Glob(text);

    // The greedy glob walk: on a mismatch, go back to the last '*' and let it swallow one more character.
    private bool Glob(string text)
    {
        int t = 0, p = 0, starP = -1, starT = 0;
        while (t < text.Length)
        {
            if (p < _tokens.Length && _tokens[p].Kind == AnyMany)
            {
                starP = p++;
                starT = t;
            }
            else if (p < _tokens.Length && (_tokens[p].Kind == AnyOne || _tokens[p].Char == text[t]))
            {
                p++;
                t++;
            }
            else if (starP >= 0)
            {
                p = starP + 1;
                t = ++starT;
            }
            else
            {
                return false;
            }
        }

        while (p < _tokens.Length && _tokens[p].Kind == AnyMany)
        {
            p++;
        }

        return p == _tokens.Length;
    }
}
