namespace AwsLinq;

/// <summary>
/// Marks an extension method as a batch action over an AwsLinq query, so that
/// <c>query.Explain(q =&gt; q.DeleteAllAsync(null, default))</c> shows the listing and the calls the action makes.
/// </summary>
/// <param name="calls">The action calls, as shown in plans, for example <c>DeleteObjects per page of at most 1000 keys</c>.</param>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class BatchActionAttribute(string calls) : Attribute
{
    /// <summary>Gets the action calls, as shown in plans.</summary>
    public string Calls { get; } = calls;
}
