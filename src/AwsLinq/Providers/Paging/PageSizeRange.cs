namespace AwsLinq.Providers;

/// <summary>The request parameter that sets a listing's page size, and the values the service accepts.</summary>
/// <param name="Parameter">The parameter's name, for example <c>MaxKeys</c>.</param>
/// <param name="Minimum">The smallest page size the service accepts.</param>
/// <param name="Maximum">The largest page size the service accepts.</param>
public sealed record PageSizeRange(string Parameter, int Minimum, int Maximum)
{
    /// <summary>
    /// The page size to send: the user's page size or the number of items still needed, whichever
    /// is smaller, capped at <see cref="Maximum"/> and raised to <see cref="Minimum"/>; <see langword="null"/>
    /// when neither is known, so that the service's default applies.
    /// </summary>
    /// <param name="limits">The user's page size and the number of items the query needs.</param>
    /// <returns>The value to send, or <see langword="null"/> to send none.</returns>
    public int? For(ListingLimits limits)
    {
        int? size = (limits.PageSize, limits.Limit) switch
        {
            (null, null) => null,
            (int p, null) => p,
            (null, int l) => l,
            (int p, int l) => Math.Min(p, l),
        };
        return size is int s ? Math.Clamp(s, Minimum, Maximum) : null;
    }

    internal void Validate(int pageSize, string service, string operation)
    {
        if (pageSize < Minimum || pageSize > Maximum)
        {
            throw new ArgumentOutOfRangeException(
                nameof(pageSize),
                pageSize,
                $"The page size {pageSize} is out of range for {service} {operation}: {Parameter} must be between {Minimum} and {Maximum}.");
        }
    }
}
