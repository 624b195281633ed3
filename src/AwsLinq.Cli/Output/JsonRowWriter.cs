using System.Text.Json;

namespace AwsLinq.Cli.Output;

/// <summary>
/// A JSON array of objects keyed by column, one object per line, written as rows arrive so that a long listing
/// streams into <c>jq</c>. The array is closed by <see cref="Complete"/>, so a cancelled listing is still valid JSON.
/// </summary>
internal sealed class JsonRowWriter(TextWriter output, IReadOnlyList<string> columns) : IRowWriter
{
    private bool _started;

    public void Write(object?[] row)
    {
        output.Write(_started ? ",\n  " : "[\n  ");
        _started = true;
        output.Write(JsonText.Format(json =>
        {
            json.WriteStartObject();
            for (var i = 0; i < columns.Count; i++)
            {
                json.WritePropertyName(columns[i]);
                WriteValue(json, CellValue.Normalize(row[i]));
            }

            json.WriteEndObject();
        }));
    }

    public void Complete() => output.WriteLine(_started ? "\n]" : "[]");

    private static void WriteValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case string s:
                json.WriteStringValue(s);
                break;
            case bool b:
                json.WriteBooleanValue(b);
                break;
            case decimal d:
                json.WriteNumberValue(d);
                break;
            case List<KeyValuePair<string, object?>> pairs:
                json.WriteStartObject();
                foreach (var (key, item) in pairs)
                {
                    json.WritePropertyName(key);
                    WriteValue(json, item);
                }

                json.WriteEndObject();
                break;
            case List<object?> items:
                json.WriteStartArray();
                items.ForEach(item => WriteValue(json, item));
                json.WriteEndArray();
                break;
            default:
                json.WriteStringValue(value.ToString());
                break;
        }
    }
}
