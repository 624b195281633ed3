using Amazon.Runtime;

namespace AwsLinq.Cli.Connection;

/// <summary>Counts the responses every client of one command received, for progress and cancellation reports.</summary>
internal sealed class RequestCounter
{
    private int _requests;

    public int Requests => Volatile.Read(ref _requests);

    public void Attach(AmazonServiceClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        client.AfterResponseEvent += (_, _) => Interlocked.Increment(ref _requests);
    }
}
