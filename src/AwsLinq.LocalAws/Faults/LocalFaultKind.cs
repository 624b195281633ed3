namespace AwsLinq.LocalAws;

/// <summary>The kinds of <see cref="LocalFault"/>: what the endpoint does instead of, or besides, answering normally.</summary>
public enum LocalFaultKind
{
    /// <summary>Answers with an error instead of running the operation.</summary>
    Error,

    /// <summary>Closes the connection without an answer; the operation does not run.</summary>
    DropBeforeActing,

    /// <summary>Runs the operation, then closes the connection without an answer: the state changed, the client saw nothing.</summary>
    DropAfterActing,

    /// <summary>Waits before answering.</summary>
    Delay,

    /// <summary>Runs the operation and answers, but not as the service would: a broken page, a wrong body.</summary>
    Misbehaviour,
}
