using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AwsLinq.LocalAws.Sqs;

/// <summary>Reads, filters, writes and hashes message attributes as SQS and the SDK's MD5 check expect.</summary>
internal static class MessageAttributes
{
    public static Dictionary<string, MessageAttribute> Read(JsonElement? attributes)
    {
        var read = new Dictionary<string, MessageAttribute>(StringComparer.Ordinal);
        if (attributes is not { } members)
        {
            return read;
        }

        foreach (var property in members.EnumerateObject())
        {
            var value = property.Value;
            var dataType = value.TryGetProperty("DataType", out var type) ? type.GetString() : null;
            if (string.IsNullOrEmpty(dataType)
                || !(dataType.StartsWith("String", StringComparison.Ordinal) || dataType.StartsWith("Number", StringComparison.Ordinal)
                    || dataType.StartsWith("Binary", StringComparison.Ordinal)))
            {
                throw SqsErrors.InvalidParameterValue($"The message attribute '{property.Name}' has an invalid message attribute type, the set of supported type prefixes is Binary, Number, and String.");
            }

            var text = value.TryGetProperty("StringValue", out var s) ? s.GetString() : null;
            var bytes = value.TryGetProperty("BinaryValue", out var b) ? b.GetBytesFromBase64() : null;
            if (text is null && bytes is null)
            {
                throw SqsErrors.InvalidParameterValue($"The message attribute '{property.Name}' must contain non-empty message attribute value for message attribute type '{dataType}'.");
            }

            read[property.Name] = new MessageAttribute(dataType, text, bytes);
        }

        return read;
    }

    /// <summary>Keeps the attributes a ReceiveMessage asked for: <c>All</c>, <c>.*</c>, exact names or <c>prefix.*</c>.</summary>
    public static Dictionary<string, MessageAttribute> Select(IReadOnlyDictionary<string, MessageAttribute> all, IReadOnlyList<string> names) =>
        all.Where(a => names.Any(n => n is "All" or ".*"
                || string.Equals(n, a.Key, StringComparison.Ordinal)
                || (n.EndsWith(".*", StringComparison.Ordinal) && a.Key.StartsWith(n[..^1], StringComparison.Ordinal))))
            .ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal);

    public static JsonObject Write(IReadOnlyDictionary<string, MessageAttribute> attributes)
    {
        var written = new JsonObject();
        foreach (var (name, attribute) in attributes)
        {
            var value = new JsonObject { ["DataType"] = attribute.DataType };
            SqsJson.AddIfNotNull(value, "StringValue", attribute.StringValue);
            SqsJson.AddIfNotNull(value, "BinaryValue", attribute.BinaryValue is null ? null : Convert.ToBase64String(attribute.BinaryValue));
            written[name] = value;
        }

        return written;
    }

    /// <summary>
    /// SQS's MD5OfMessageAttributes: for each attribute by name, length-prefixed (4 bytes, big-endian) UTF-8 name and
    /// data type, a transport byte (1 string, 2 binary) and the length-prefixed value.
    /// </summary>
    public static string Md5(IReadOnlyDictionary<string, MessageAttribute> attributes)
    {
        using var buffer = new MemoryStream();
        foreach (var (name, attribute) in attributes.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            WriteField(buffer, Encoding.UTF8.GetBytes(name));
            WriteField(buffer, Encoding.UTF8.GetBytes(attribute.DataType));
            buffer.WriteByte(attribute.StringValue is not null ? (byte)1 : (byte)2);
            WriteField(buffer, attribute.StringValue is not null ? Encoding.UTF8.GetBytes(attribute.StringValue) : attribute.BinaryValue!);
        }

        return Convert.ToHexStringLower(MD5.HashData(buffer.ToArray()));
    }

    private static void WriteField(MemoryStream buffer, byte[] bytes)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, bytes.Length);
        buffer.Write(length);
        buffer.Write(bytes);
    }
}
