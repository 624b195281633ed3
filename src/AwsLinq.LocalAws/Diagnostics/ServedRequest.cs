namespace AwsLinq.LocalAws;

/// <summary>
/// One request that <see cref="LocalAwsServer"/> answered, as recorded in <see cref="RequestLog"/>.
/// </summary>
/// <param name="Service">The service that answered, in lower case: <c>"s3"</c>.</param>
/// <param name="Operation">The AWS API operation name, for example <c>"ListObjectsV2"</c>.</param>
/// <param name="Bucket">The bucket the request addressed, or <see langword="null"/> for account-level calls such as <c>ListBuckets</c>.</param>
/// <param name="Parameters">
/// The request parameters that were present, by AWS API parameter name, with the values as sent.
/// S3: <c>Prefix</c>, <c>MaxKeys</c>, <c>StartAfter</c>, <c>ContinuationToken</c>, <c>FetchOwner</c>, <c>Delimiter</c>,
/// <c>MaxBuckets</c>, <c>BucketRegion</c>, <c>Key</c>, <c>Quiet</c>, <c>ObjectCount</c>...
/// EC2: every parameter but <c>Action</c> and <c>Version</c> under its own name (<c>MaxResults</c>, <c>NextToken</c>,
/// <c>DryRun</c>, <c>ImageId</c>...), except the lists, each folded into one comma-joined entry: <c>InstanceIds</c>
/// (from <c>InstanceId.N</c>), <c>Resources</c> (<c>ResourceId.N</c>), one <c>Filter:&lt;name&gt;</c> per filter name
/// (<c>Filter:instance-state-name</c> = <c>running,stopped</c>) and <c>Tags</c> (<c>Tag.N</c> and
/// <c>TagSpecification.N.Tag.M</c>, as <c>key=value</c>, or <c>key</c> when sent without a value).
/// SQS: every member of the JSON body under its own name (<c>QueueUrl</c>, <c>MaxResults</c>...), lists comma-joined
/// (<c>AttributeNames</c>), maps of strings as comma-joined <c>key=value</c> pairs; structured members are left out.
/// </param>
/// <param name="StatusCode">The HTTP status code of the response; 0 when a fault dropped the connection without an answer.</param>
public sealed record ServedRequest(
    string Service,
    string Operation,
    string? Bucket,
    IReadOnlyDictionary<string, string> Parameters,
    int StatusCode)
{
    /// <summary>
    /// The wire protocol the request came in, as the AWS service models name them: <c>rest-xml</c> (S3), <c>ec2</c>
    /// (EC2), <c>query</c> (STS, and SQS from older clients) or <c>json</c> (SQS's JSON 1.0, from current clients).
    /// <see langword="null"/> only for a record made by hand.
    /// </summary>
    public string? Protocol { get; init; }

    /// <summary>
    /// The faults that hit the request (<see cref="LocalFaults"/>), comma-joined by name (<c>throttling</c>,
    /// <c>drop-after</c>, <c>delay:50ms</c>), or <see langword="null"/> when none did.
    /// </summary>
    public string? Fault { get; init; }

    /// <summary>How long the endpoint made the request wait before answering: the latency and any delay faults.</summary>
    public TimeSpan Delay { get; init; }

    /// <summary>When the endpoint received the request, by the server's clock (<see cref="LocalAwsOptions.TimeProvider"/>).</summary>
    public DateTimeOffset Received { get; init; }

    /// <summary>
    /// When the endpoint answered, by the server's clock, after the latency and any delay: two requests whose spans
    /// from <see cref="Received"/> to here overlap were in flight together.
    /// </summary>
    public DateTimeOffset Answered { get; init; }

    /// <summary>Returns the value of a parameter, or <see langword="null"/> when the request did not carry it.</summary>
    /// <param name="name">The AWS API parameter name, for example <c>"MaxKeys"</c>.</param>
    /// <returns>The value as sent, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    public string? Parameter(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Parameters.TryGetValue(name, out var value) ? value : null;
    }

    /// <summary>Renders the request as <c>Operation bucket Name=value ... -> status [fault]</c>, for test failures and logs.</summary>
    /// <returns>The request as readable text.</returns>
    public override string ToString() =>
        string.Join(' ', new[] { Operation, Bucket }.Concat(Parameters.Select(p => $"{p.Key}={p.Value}")).Where(part => part is not null))
        + $" -> {StatusCode}" + (Fault is null ? string.Empty : $" [{Fault}]");
}
