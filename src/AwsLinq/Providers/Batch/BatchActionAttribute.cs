namespace AwsLinq.Providers;

/// <summary>
/// Marks an extension method as a batch action over an AwsLinq query, so that
/// <c>query.Explain(q =&gt; q.DeleteAllAsync(null, default))</c> shows the listing and the calls the action makes.
/// </summary>
/// <param name="action">
/// The name of the public static property, on the method's declaring class, that holds the action's
/// <see cref="BatchAction{TItem}"/> declaration.
/// </param>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class BatchActionAttribute(string action) : Attribute
{
    /// <summary>Gets the name of the property that holds the action's declaration.</summary>
    public string Action { get; } = action;
}
