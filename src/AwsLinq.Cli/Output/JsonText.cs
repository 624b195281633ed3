using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace AwsLinq.Cli.Output;

/// <summary>
/// JSON as every output writes it: keys and values as they are (S3 keys are often not ASCII; this output is not
/// embedded in HTML), control characters escaped by the encoder.
/// </summary>
internal static class JsonText
{
    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions Indented = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true };

    public static string Format(Action<Utf8JsonWriter> write, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(write);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, indented ? Indented : Compact))
        {
            write(json);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    public static void WriteStrings(this Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        ArgumentNullException.ThrowIfNull(json);
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
