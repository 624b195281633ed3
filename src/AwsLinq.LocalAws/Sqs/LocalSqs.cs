using AwsLinq.LocalAws.Sqs;

namespace AwsLinq.LocalAws;

/// <summary>
/// The in-memory SQS state of a <see cref="LocalAwsServer"/>: queues and their messages. Tests seed it directly,
/// without HTTP, and change it behind a client's back (a queue deleted mid-query). Thread-safe.
/// </summary>
public sealed class LocalSqs
{
    /// <summary>The account every queue belongs to; it appears in queue URLs and ARNs.</summary>
    public const string AccountId = "000000000000";

    internal LocalSqs(string region, TimeProvider timeProvider, Func<Uri> serviceUrl, int seed = 0)
    {
        Faults = new LocalSqsFaults(seed, timeProvider);
        Region = region;
        TimeProvider = timeProvider;
        ServiceUrl = serviceUrl;
    }

    /// <summary>The region the queues live in.</summary>
    public string Region { get; }

    internal TimeProvider TimeProvider { get; }

    // Queue URLs name the server's own address, known only once Kestrel has bound its port.
    internal Func<Uri> ServiceUrl { get; }

    internal DateTimeOffset Now => TimeProvider.GetUtcNow();

    /// <summary>Creates a queue as <c>CreateQueue</c> would, with the same checks of its name and attributes.</summary>
    /// <param name="name">The queue name; a FIFO queue's ends in <c>.fifo</c> and needs <c>FifoQueue=true</c>.</param>
    /// <param name="attributes">Attributes by SQS name (<c>VisibilityTimeout</c>, <c>DelaySeconds</c>...); the rest keep SQS's defaults.</param>
    /// <param name="tags">Cost allocation tags.</param>
    /// <returns>The queue URL, <c>&lt;server url&gt;000000000000/&lt;name&gt;</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">SQS would reject the name or an attribute; the message is SQS's.</exception>
    /// <exception cref="InvalidOperationException">The queue already exists.</exception>
    public string CreateQueue(string name, IReadOnlyDictionary<string, string>? attributes = null, IReadOnlyDictionary<string, string>? tags = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (Queues.Find(name) is not null)
        {
            throw new InvalidOperationException($"Queue '{name}' already exists.");
        }

        var (queue, _) = AsArgumentError(() => CreateOrGet(name, attributes ?? new Dictionary<string, string>(), tags ?? new Dictionary<string, string>()));
        return UrlOf(queue);
    }

    /// <summary>
    /// Creates many queues with default attributes in one step, fast enough for thousands. A name ending in
    /// <c>.fifo</c> makes a FIFO queue.
    /// </summary>
    /// <param name="names">The queue names.</param>
    /// <returns>The queue URLs, in the order of <paramref name="names"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="names"/> or one of them is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A name is not a valid queue name.</exception>
    /// <exception cref="InvalidOperationException">A queue already exists or a name repeats; then no queue is created.</exception>
    public IReadOnlyList<string> SeedQueues(IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var list = names.ToList();
        var now = Now;
        var queues = new List<SqsQueue>(list.Count);
        foreach (var name in list)
        {
            ArgumentNullException.ThrowIfNull(name, nameof(names));
            var fifo = QueueNames.IsFifoName(name);
            AsArgumentError(() => QueueNames.ThrowIfInvalid(name, fifo));
            queues.Add(NewQueue(name, fifo, QueueAttributes.Defaults(fifo), new Dictionary<string, string>(), now));
        }

        if (Queues.TryAddAll(queues) is { } clash)
        {
            throw new InvalidOperationException($"Queue '{clash}' already exists or is named twice; no queue was created.");
        }

        return list.Select(n => QueueAddresses.For(ServiceUrl(), n)).ToList();
    }

    /// <summary>Deletes a queue and its messages at once, as <c>DeleteQueue</c> would: to simulate a queue deleted mid-query.</summary>
    /// <param name="name">The queue name.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The queue does not exist.</exception>
    public void DeleteQueue(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!Queues.Remove(name))
        {
            throw new InvalidOperationException($"Queue '{name}' does not exist.");
        }
    }

    /// <summary>
    /// Sends <paramref name="count"/> messages (bodies <c>message 1</c>, <c>message 2</c>...) as <c>SendMessage</c>
    /// would, the queue's DelaySeconds included; FIFO messages go to group <c>seed</c> with unique deduplication ids.
    /// </summary>
    /// <param name="queueName">An existing queue.</param>
    /// <param name="count">How many messages to send.</param>
    /// <exception cref="ArgumentNullException"><paramref name="queueName"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    /// <exception cref="InvalidOperationException">The queue does not exist.</exception>
    public void SendMessages(string queueName, int count)
    {
        ArgumentNullException.ThrowIfNull(queueName);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var queue = Existing(queueName);
        var none = new Dictionary<string, MessageAttribute>();
        for (var i = 1; i <= count; i++)
        {
            var message = queue.IsFifo
                ? new OutgoingMessage($"message {i}", none, GroupId: "seed", DeduplicationId: Guid.NewGuid().ToString("N"))
                : new OutgoingMessage($"message {i}", none);
            queue.Messages.Send(message, Now);
        }
    }

    /// <summary>Returns the URL of every queue, in name order (ordinal), as an unpaged ListQueues would.</summary>
    /// <returns>A snapshot of the queue URLs.</returns>
    public IReadOnlyList<string> QueueUrls() => Queues.All().Select(UrlOf).ToList();

    /// <summary>Errors, dropped connections, delays and ListQueues misbehaviours to switch on for tests of client resilience.</summary>
    public LocalSqsFaults Faults { get; }

    /// <summary>
    /// Returns how many <c>ReceiveMessage</c> calls are long-polling a queue right now (waiting for a message, with
    /// <c>WaitTimeSeconds</c> or the queue's <c>ReceiveMessageWaitTimeSeconds</c>): a test can wait for its consumer to
    /// be waiting before it sends, instead of sleeping.
    /// </summary>
    /// <param name="queueName">An existing queue.</param>
    /// <returns>The number of waiting receives.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="queueName"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The queue does not exist.</exception>
    public int WaitingReceives(string queueName)
    {
        ArgumentNullException.ThrowIfNull(queueName);
        var queue = Existing(queueName);
        return queue.Messages.Waiting;
    }

    internal QueueRegistry Queues { get; } = new();

    internal string UrlOf(SqsQueue queue) => QueueAddresses.For(ServiceUrl(), queue.Name);

    internal SqsQueue? FindByUrl(string url) =>
        QueueAddresses.TryParseName(url, ServiceUrl(), out var name) ? Queues.Find(name) : null;

    /// <summary>CreateQueue's semantics: a new queue, or the existing one when no given attribute differs.</summary>
    internal (SqsQueue Queue, bool Created) CreateOrGet(string name, IReadOnlyDictionary<string, string> attributes, IReadOnlyDictionary<string, string> tags)
    {
        var fifo = attributes.GetValueOrDefault(QueueAttributeNames.FifoQueue) == "true";
        QueueNames.ThrowIfInvalid(name, fifo);
        QueueAttributes.ThrowIfInvalid(attributes, fifo, creating: true, Queues);
        var stored = QueueAttributes.Defaults(fifo);
        QueueAttributes.Apply(stored, attributes);
        var created = NewQueue(name, fifo, stored, tags, Now);
        var queue = Queues.GetOrAdd(created);
        if (!ReferenceEquals(queue, created) && QueueAttributes.FirstConflict(queue.Attributes(), attributes, queue.IsFifo) is { } conflict)
        {
            throw SqsErrors.QueueNameExists(conflict);
        }

        return (queue, ReferenceEquals(queue, created));
    }

    private SqsQueue NewQueue(string name, bool fifo, Dictionary<string, string> attributes, IReadOnlyDictionary<string, string> tags, DateTimeOffset now) =>
        new(name, QueueAddresses.Arn(Region, name), fifo, attributes, new(tags, StringComparer.Ordinal), now);

    private SqsQueue Existing(string name) =>
        Queues.Find(name) ?? throw new InvalidOperationException($"Queue '{name}' does not exist. Call CreateQueue first.");

    // Seeding reports what SQS would have answered as the argument exceptions .NET callers expect.
    private static T AsArgumentError<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (SqsErrorException e)
        {
            throw new ArgumentException(e.Message, e);
        }
    }

    private static void AsArgumentError(Action action) => AsArgumentError(() =>
    {
        action();
        return true;
    });
}
