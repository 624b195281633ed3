namespace AwsLinq;

/// <summary>
/// The listing of one region of a query over several regions failed with an error that asking again would not mend
/// (access denied, the service not offered there, a bad parameter). The query stops rather than return the other
/// regions' items as if this one had none; the service's exception, with its error code and request id, is the
/// <see cref="Exception.InnerException"/>.
/// </summary>
public sealed class RegionalListingException : Exception
{
    internal RegionalListingException(string listing, string region, string endpoint, Exception error)
        : base(
            $"{listing} failed in region '{region}' ({endpoint}): {error.Message} The query stopped rather than return the other regions' items without this one's. " +
            $"Fix the access to that region, or leave it out: .Where(x => x.Region != \"{region}\") asks it nothing.",
            error)
    {
        Region = region;
    }

    /// <summary>Gets the region whose listing failed.</summary>
    public string Region { get; }
}
