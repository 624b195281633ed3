namespace AwsLinq;

/// <summary>How far a predicate was pushed into the request.</summary>
public enum Pushdown
{
    /// <summary>The service applies it exactly; it is not evaluated again in memory.</summary>
    Exact,

    /// <summary>The service narrows the listing to a superset; the predicate is re-checked in memory.</summary>
    Superset,

    /// <summary>The service cannot apply it; it is evaluated in memory over the listing.</summary>
    None,
}
