using System.Collections.Frozen;
using AwsLinq.LocalAws.Faults;

namespace AwsLinq.LocalAws;

/// <summary>
/// The faults of <see cref="LocalS3"/>: the rules every service has (<see cref="LocalFaults"/>), the misbehaviours of
/// ListObjectsV2, ListBuckets, ListObjectVersions and DeleteObjects, and keys whose deletion is refused.
/// </summary>
public sealed class LocalS3Faults : LocalFaults
{
    private static readonly string[] Listings = ["ListObjectsV2", "ListBuckets"];

    private volatile FrozenSet<string> _deniedDeleteKeys = FrozenSet<string>.Empty;

    internal LocalS3Faults(int seed, TimeProvider time)
        : base("s3", seed, time, ListingFaults.For(
            Listings,
            (LocalFault.IgnoresBucketFilters, ["ListBuckets"]),
            (LocalFault.TruncatedWithoutToken, [.. Listings, "ListObjectVersions"]),
            (LocalFault.KeysOutOfOrder, [.. Listings, "ListObjectVersions"]),
            (LocalFault.EmptyBody, ["DeleteObjects"]),
            (LocalFault.UnparsableBody, ["DeleteObjects"]),
            (LocalFault.ErrorForKeyTwice, ["DeleteObjects"]),
            (LocalFault.ErrorForUnsentKey, ["DeleteObjects"])))
    {
    }

    /// <summary>
    /// When <see langword="true"/>, <c>ListObjectsV2</c> and <c>ListBuckets</c> show <see cref="LocalFault.RepeatedToken"/>
    /// on every request: each truncated page sends back the request's own token.
    /// </summary>
    public bool RepeatContinuationToken
    {
        get => Has(Listings[0], LocalFault.RepeatedToken);
        set => Switch(LocalFault.RepeatedToken, value);
    }

    /// <summary>
    /// When <see langword="true"/>, <c>ListObjectsV2</c> and <c>ListBuckets</c> show
    /// <see cref="LocalFault.TruncatedWithoutToken"/> on every request: truncated pages come without a next token.
    /// </summary>
    public bool OmitContinuationToken
    {
        get => Has(Listings[0], LocalFault.TruncatedWithoutToken);
        set => Switch(LocalFault.TruncatedWithoutToken, value);
    }

    /// <summary>
    /// Keys that <c>DeleteObjects</c> refuses with a per-key <c>AccessDenied</c> error and <c>DeleteObject</c> with a
    /// 403 <c>AccessDenied</c>; the objects stay. Empty by default.
    /// </summary>
    /// <exception cref="ArgumentNullException">The value set is <see langword="null"/>.</exception>
    public IReadOnlySet<string> DeniedDeleteKeys
    {
        get => _deniedDeleteKeys;
        set
        {
            ArgumentNullException.ThrowIfNull(value);
            _deniedDeleteKeys = value.ToFrozenSet(StringComparer.Ordinal);
        }
    }

    /// <summary>Turns every fault off, the denied keys included.</summary>
    public override void Reset()
    {
        base.Reset();
        _deniedDeleteKeys = FrozenSet<string>.Empty;
    }

    private void Switch(LocalFault fault, bool on)
    {
        foreach (var operation in Listings)
        {
            if (on)
            {
                Add(operation, fault);
            }
            else
            {
                Remove(operation, fault);
            }
        }
    }
}
