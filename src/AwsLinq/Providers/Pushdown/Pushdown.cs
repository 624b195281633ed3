namespace AwsLinq.Providers;

/// <summary>How far a predicate was pushed into the request.</summary>
public enum Pushdown
{
    /// <summary>The service applies it exactly; it is not evaluated again in memory.</summary>
    Exact = 0,

    /// <summary>The service narrows the listing to a superset; the predicate is re-checked in memory.</summary>
    Superset = 1,

    /// <summary>
    /// The service cannot apply it (or only a part of it, which may still narrow the listing); it is evaluated
    /// in memory, and <c>ServerSideOnly()</c> refuses it.
    /// </summary>
    None = 2,
}
