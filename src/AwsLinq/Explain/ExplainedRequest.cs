namespace AwsLinq;

/// <summary>One listing request of a query plan.</summary>
/// <param name="Operation">The AWS operation, for example <c>ListObjectsV2</c>.</param>
/// <param name="Parameters">The request parameters, by their AWS names, with their values.</param>
public sealed record ExplainedRequest(string Operation, IReadOnlyList<KeyValuePair<string, string>> Parameters)
{
    /// <summary>Renders the request as <c>Operation Name=value, Name=value</c>.</summary>
    /// <returns>The request as readable text.</returns>
    public override string ToString() =>
        Operation + " " + string.Join(", ", Parameters.Select(p => p.Key + "=" + Explain.ExpressionPrinter.Escape(p.Value, backslashes: false)));

    /// <summary>Gets the value of a parameter, or <see langword="null"/> when the request does not send it.</summary>
    /// <param name="name">The parameter's AWS name, for example <c>Prefix</c>.</param>
    /// <returns>The value sent.</returns>
    public string? this[string name] => Parameters.Where(p => p.Key == name).Select(p => p.Value).FirstOrDefault();
}
