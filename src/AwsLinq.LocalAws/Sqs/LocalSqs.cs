namespace AwsLinq.LocalAws;

/// <summary>The in-memory SQS state of a <see cref="LocalAwsServer"/>: queues, messages, seeding.</summary>
public sealed class LocalSqs
{
    internal LocalSqs(string region, TimeProvider timeProvider, Func<Uri> serviceUrl)
    {
        Region = region;
        TimeProvider = timeProvider;
        ServiceUrl = serviceUrl;
    }

    /// <summary>The region the queues live in.</summary>
    public string Region { get; }

    internal TimeProvider TimeProvider { get; }

    // Queue URLs name the server's own address, known only once Kestrel has bound its port.
    internal Func<Uri> ServiceUrl { get; }
}
