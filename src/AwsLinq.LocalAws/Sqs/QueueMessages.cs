using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using static AwsLinq.LocalAws.Sqs.QueueAttributeNames;

namespace AwsLinq.LocalAws.Sqs;

/// <summary>
/// The messages of one queue, in the order sent. Thread-safe; messages past the queue's retention period are dropped
/// whenever the queue is read, so counts are always those of the moment asked. A long poll waits on
/// <see cref="Arrival"/>, which completes whenever a message may have become receivable.
/// </summary>
internal sealed class QueueMessages(SqsQueue queue)
{
    private static readonly TimeSpan PurgeInterval = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan DeduplicationInterval = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan MaxHidden = TimeSpan.FromHours(12);
    private readonly Lock _gate = new();
    private readonly List<StoredMessage> _messages = [];
    private readonly Dictionary<string, StoredMessage> _deduplication = new(StringComparer.Ordinal);
    private DateTimeOffset? _lastPurge;
    private long _sequence;
    private TaskCompletionSource _arrival = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _waiting;

    /// <summary>Completes at the next send, or the next visibility change that returns a message to the queue.</summary>
    public Task Arrival
    {
        get
        {
            lock (_gate)
            {
                return _arrival.Task;
            }
        }
    }

    /// <summary>How many receives are waiting for a message right now.</summary>
    public int Waiting => Volatile.Read(ref _waiting);

    /// <summary>Counts a waiting receive until the returned scope is disposed.</summary>
    public IDisposable Wait()
    {
        Interlocked.Increment(ref _waiting);
        return new WaitScope(this);
    }

    public MessageCounts Count(DateTimeOffset now)
    {
        lock (_gate)
        {
            Expire(now);
            return new MessageCounts(
                _messages.Count(m => m.IsVisible(now)),
                _messages.Count(m => m.IsInFlight(now)),
                _messages.Count(m => m.IsDelayed(now)));
        }
    }

    /// <summary>Adds a message; a FIFO message whose deduplication id was seen in the last 5 minutes is not added again.</summary>
    public StoredMessage Send(OutgoingMessage outgoing, DateTimeOffset now)
    {
        var delay = TimeSpan.FromSeconds(outgoing.DelaySeconds ?? queue.IntAttribute(DelaySeconds));
        string? deduplicationId = null;
        var deduplicationKey = queue.IsFifo ? DeduplicationKey(outgoing, out deduplicationId) : null;
        lock (_gate)
        {
            Expire(now);
            if (deduplicationKey is not null && _deduplication.TryGetValue(deduplicationKey, out var earlier))
            {
                return earlier;
            }

            var message = new StoredMessage
            {
                MessageId = Guid.NewGuid().ToString(),
                Body = outgoing.Body,
                Md5OfBody = Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(outgoing.Body))),
                Attributes = outgoing.Attributes,
                SentAt = now,
                AvailableAt = now + delay,
                VisibleAt = now + delay,
                GroupId = outgoing.GroupId,
                DeduplicationId = deduplicationId,
                SequenceNumber = queue.IsFifo ? (++_sequence).ToString("D20", CultureInfo.InvariantCulture) : null,
            };
            _messages.Add(message);
            if (deduplicationKey is not null)
            {
                _deduplication[deduplicationKey] = message;
            }

            SignalArrival();
            return message;
        }
    }

    /// <summary>
    /// Returns up to <paramref name="max"/> visible messages, oldest first, and hides them for the visibility timeout.
    /// A FIFO queue holds back every message group that has a message in flight.
    /// </summary>
    public IReadOnlyList<Delivery> Receive(int max, int? visibilityTimeout, DateTimeOffset now)
    {
        var hidden = TimeSpan.FromSeconds(visibilityTimeout ?? queue.IntAttribute(VisibilityTimeout));
        lock (_gate)
        {
            Expire(now);
            var blockedGroups = queue.IsFifo
                ? _messages.Where(m => m.IsInFlight(now)).Select(m => m.GroupId!).ToHashSet(StringComparer.Ordinal)
                : [];
            var deliveries = new List<Delivery>();
            foreach (var message in _messages.Where(m => m.IsVisible(now) && !blockedGroups.Contains(m.GroupId ?? string.Empty)).Take(max))
            {
                message.ReceiveCount++;
                message.FirstReceivedAt ??= now;
                message.VisibleAt = now + hidden;
                deliveries.Add(new Delivery(message, ReceiptHandles.Issue(queue.Name, message.MessageId), message.ReceiveCount, message.FirstReceivedAt.Value));
            }

            return deliveries;
        }
    }

    /// <summary>
    /// How long until the next message that is delayed or in flight becomes visible, or <see langword="null"/> when
    /// none will: a long poll wakes then, since no send announces it.
    /// </summary>
    public TimeSpan? UntilNextVisible(DateTimeOffset now)
    {
        lock (_gate)
        {
            Expire(now);
            var hidden = _messages.Where(m => !m.IsVisible(now)).Select(m => m.VisibleAt).ToList();
            return hidden.Count == 0 ? null : hidden.Min() - now;
        }
    }

    /// <summary>
    /// Hides an in-flight message for <paramref name="seconds"/> from now, within 12 hours of its first receive; 0
    /// returns it to the queue at once.
    /// </summary>
    public VisibilityChange ChangeVisibility(string messageId, int seconds, DateTimeOffset now)
    {
        lock (_gate)
        {
            Expire(now);
            var message = _messages.FirstOrDefault(m => string.Equals(m.MessageId, messageId, StringComparison.Ordinal));
            if (message is null || !message.IsInFlight(now))
            {
                return VisibilityChange.NotInFlight;
            }

            var visibleAt = now + TimeSpan.FromSeconds(seconds);
            if (visibleAt - message.FirstReceivedAt!.Value > MaxHidden)
            {
                return VisibilityChange.BeyondLimit;
            }

            message.VisibleAt = visibleAt;
            if (seconds == 0)
            {
                SignalArrival();
            }

            return VisibilityChange.Changed;
        }
    }

    /// <summary>Deletes a message; deleting one that is already gone succeeds, as in SQS.</summary>
    public void Delete(string messageId)
    {
        lock (_gate)
        {
            _messages.RemoveAll(m => string.Equals(m.MessageId, messageId, StringComparison.Ordinal));
        }
    }

    /// <summary>Deletes every message; SQS allows one purge a minute, so a second one within 60 s returns false.</summary>
    public bool TryPurge(DateTimeOffset now)
    {
        lock (_gate)
        {
            if (_lastPurge is { } last && now - last < PurgeInterval)
            {
                return false;
            }

            _lastPurge = now;
            _messages.Clear();
            return true;
        }
    }

    // Content-based deduplication hashes the body with SHA-256; the scope decides whether groups share ids.
    private string? DeduplicationKey(OutgoingMessage outgoing, out string? deduplicationId)
    {
        deduplicationId = outgoing.DeduplicationId
            ?? (queue.Attribute(ContentBasedDeduplication) == "true"
                ? Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(outgoing.Body)))
                : null);
        return deduplicationId is null ? null
            : queue.Attribute(DeduplicationScope) == "messageGroup" ? outgoing.GroupId + "\n" + deduplicationId : deduplicationId;
    }

    // Called under the lock: wakes every waiting receive, and gives later ones a new task to wait on.
    private void SignalArrival()
    {
        var arrived = _arrival;
        _arrival = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        arrived.TrySetResult();
    }

    private void Expire(DateTimeOffset now)
    {
        var retention = TimeSpan.FromSeconds(queue.IntAttribute(MessageRetentionPeriod));
        _messages.RemoveAll(m => now - m.SentAt >= retention);
        foreach (var key in _deduplication.Where(d => now - d.Value.SentAt >= DeduplicationInterval).Select(d => d.Key).ToList())
        {
            _deduplication.Remove(key);
        }
    }

    private sealed class WaitScope(QueueMessages messages) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                Interlocked.Decrement(ref messages._waiting);
            }
        }
    }
}
