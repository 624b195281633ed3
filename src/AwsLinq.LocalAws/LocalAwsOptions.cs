namespace AwsLinq.LocalAws;

/// <summary>Settings for <see cref="LocalAwsServer.StartAsync"/>.</summary>
public sealed class LocalAwsOptions
{
    /// <summary>The TCP port on 127.0.0.1 to listen on; 0 (the default) picks a free one.</summary>
    public int Port { get; init; }

    /// <summary>
    /// The region the endpoint claims to be: clients sign for it and buckets created without a location
    /// constraint live in it. Defaults to <c>us-east-1</c>.
    /// </summary>
    public string Region { get; init; } = "us-east-1";

    /// <summary>The clock for LastModified and CreationDate; <see cref="TimeProvider.System"/> by default.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
