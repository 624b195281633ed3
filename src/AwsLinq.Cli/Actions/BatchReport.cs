using System.Text.Json;
using AwsLinq.Cli.Connection;
using AwsLinq.Cli.Output;

namespace AwsLinq.Cli.Actions;

/// <summary>
/// Prints a batch result: where it acted (account, region, endpoint), the summary line, the items a dry run selected,
/// and every failure with the service's error code, since those are what a user has to look at. With
/// <c>--output json</c> the same as one object, for scripts. Ids are escaped in the text (<see cref="DisplayText"/>).
/// </summary>
internal static class BatchReport
{
    public static void Write(TextWriter output, OutputFormat format, BatchResult result, CallerIdentity? target)
    {
        if (format == OutputFormat.Json)
        {
            output.WriteLine(JsonText.Format(json => WriteJson(json, result, target), indented: true));
            return;
        }

        if (target is not null)
        {
            output.WriteLine($"target: {target}");
        }

        output.WriteLine(result.ToString());
        if (result.DryRun && result.Succeeded.Count > 0)
        {
            output.WriteLine("selected:");
            foreach (var id in result.Succeeded)
            {
                output.WriteLine($"  {DisplayText.Escape(id)}");
            }
        }

        if (result.Failed.Count > 0)
        {
            output.WriteLine("failed:");
            foreach (var failure in result.Failed)
            {
                output.WriteLine($"  {DisplayText.Escape(failure.Id)}  {failure.ErrorCode}  {DisplayText.Escape(failure.Message)}");
            }
        }
    }

    private static void WriteJson(Utf8JsonWriter json, BatchResult result, CallerIdentity? target)
    {
        json.WriteStartObject();
        json.WriteString("Action", result.Action);
        json.WriteBoolean("DryRun", result.DryRun);
        if (target is not null)
        {
            json.WriteStartObject("Target");
            json.WriteString("Account", target.Account);
            json.WriteString("Arn", target.Arn);
            json.WriteString("Region", target.Target.Region);
            json.WriteString("Endpoint", target.Target.Endpoint);
            if (target.Regions is { } regions)
            {
                json.WriteStartArray("Regions");
                foreach (var region in regions)
                {
                    json.WriteStartObject();
                    json.WriteString("Region", region.Region);
                    json.WriteString("Endpoint", region.Endpoint);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        json.WriteNumber("Selected", result.Selected);
        json.WriteNumber("Calls", result.Calls);
        json.WriteStrings("Succeeded", result.Succeeded);
        json.WriteStartArray("Failed");
        foreach (var failure in result.Failed)
        {
            json.WriteStartObject();
            json.WriteString("Id", failure.Id);
            json.WriteString("ErrorCode", failure.ErrorCode);
            json.WriteString("Message", failure.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
