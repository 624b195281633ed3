using System.Globalization;
using System.Text.Json;

namespace AwsLinq.LocalAws.Sqs;

/// <summary>One queue: its name, attributes and tags, and its <see cref="Messages"/>. Thread-safe.</summary>
internal sealed class SqsQueue
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, string> _attributes;
    private readonly Dictionary<string, string> _tags;
    private DateTimeOffset _lastModified;

    public SqsQueue(string name, string arn, bool fifo, Dictionary<string, string> attributes, Dictionary<string, string> tags, DateTimeOffset created)
    {
        Name = name;
        Arn = arn;
        IsFifo = fifo;
        _attributes = attributes;
        _tags = tags;
        Created = _lastModified = created;
        Messages = new QueueMessages(this);
    }

    public string Name { get; }

    public string Arn { get; }

    public bool IsFifo { get; }

    public DateTimeOffset Created { get; }

    public QueueMessages Messages { get; }

    public DateTimeOffset LastModified
    {
        get
        {
            lock (_gate)
            {
                return _lastModified;
            }
        }
    }

    /// <summary>A copy of the stored (settable) attributes; the computed ones come from <see cref="Messages"/> and the dates.</summary>
    public Dictionary<string, string> Attributes()
    {
        lock (_gate)
        {
            return new(_attributes, StringComparer.Ordinal);
        }
    }

    public string Attribute(string name)
    {
        lock (_gate)
        {
            return _attributes[name];
        }
    }

    public int IntAttribute(string name) => int.Parse(Attribute(name), CultureInfo.InvariantCulture);

    /// <summary>The ARN its RedrivePolicy moves messages to, or <see langword="null"/> without one; the policy was checked when set.</summary>
    public string? DeadLetterTargetArn()
    {
        string? policy;
        lock (_gate)
        {
            policy = _attributes.GetValueOrDefault(QueueAttributeNames.RedrivePolicy);
        }

        if (string.IsNullOrEmpty(policy))
        {
            return null;
        }

        using var document = JsonDocument.Parse(policy);
        return document.RootElement.TryGetProperty("deadLetterTargetArn", out var target) ? target.GetString() : null;
    }

    public void ChangeAttributes(IReadOnlyDictionary<string, string> given, DateTimeOffset now)
    {
        lock (_gate)
        {
            QueueAttributes.Apply(_attributes, given);
            _lastModified = now;
        }
    }

    public Dictionary<string, string> Tags()
    {
        lock (_gate)
        {
            return new(_tags, StringComparer.Ordinal);
        }
    }

    public void Tag(IReadOnlyDictionary<string, string> added)
    {
        lock (_gate)
        {
            foreach (var (key, value) in added)
            {
                _tags[key] = value;
            }
        }
    }

    public void Untag(IEnumerable<string> keys)
    {
        lock (_gate)
        {
            foreach (var key in keys)
            {
                _tags.Remove(key);
            }
        }
    }
}
