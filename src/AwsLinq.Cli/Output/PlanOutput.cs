using System.Text.Json;

namespace AwsLinq.Cli.Output;

/// <summary>
/// <c>--explain</c>: the plan as the library renders it for people, or with <c>--output json</c> as one object whose
/// parameter names are the AWS request's (and LocalAws's request log's), for scripts that check a plan before running it.
/// </summary>
internal static class PlanOutput
{
    /// <param name="output">Where to write.</param>
    /// <param name="format">The output format; everything but JSON gets the readable text.</param>
    /// <param name="plan">The plan.</param>
    /// <param name="inMemory">The in-memory steps to show, when the command rewrites some (its column projection).</param>
    public static void Write(TextWriter output, OutputFormat format, QueryExplanation plan, IReadOnlyList<string>? inMemory = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(plan);
        var steps = inMemory ?? plan.InMemory;
        if (format != OutputFormat.Json)
        {
            var text = plan.ToString();
            output.WriteLine(inMemory is null ? text : text.Replace(InMemoryLine(plan.InMemory), InMemoryLine(steps), StringComparison.Ordinal));
            return;
        }

        output.WriteLine(JsonText.Format(json => WriteJson(json, plan, steps), indented: true));
    }

    private static string InMemoryLine(IReadOnlyList<string> steps) => "  in memory: " + (steps.Count == 0 ? "nothing" : string.Join("; ", steps));

    private static void WriteJson(Utf8JsonWriter json, QueryExplanation plan, IReadOnlyList<string> inMemory)
    {
        json.WriteStartObject();
        json.WriteString("Source", plan.Source);
        json.WriteStartArray("Requests");
        foreach (var request in plan.Requests)
        {
            json.WriteStartObject();
            json.WriteString("Operation", request.Operation);
            json.WriteStartObject("Parameters");
            foreach (var (name, value) in request.Parameters)
            {
                json.WriteString(name, value);
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        if (plan.Requests.Count == 0)
        {
            json.WriteString("NoRequestReason", plan.NoRequestReason);
        }

        json.WriteStrings("InMemory", inMemory);
        json.WriteString("Stops", plan.Stop);
        json.WriteStrings("FollowUps", plan.FollowUps);
        if (plan.Action is { } action)
        {
            json.WriteString("Action", action);
        }

        json.WriteEndObject();
    }
}
