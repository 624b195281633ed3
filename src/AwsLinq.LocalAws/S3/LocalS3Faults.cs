using System.Collections.Frozen;

namespace AwsLinq.LocalAws;

/// <summary>
/// Misbehaviours <see cref="LocalS3"/> can be told to show, so that tests can check how a client copes.
/// Every property can be set at any time from any thread; it applies to requests that start after it was set.
/// </summary>
public sealed class LocalS3Faults
{
    private volatile bool _repeatContinuationToken;
    private volatile bool _omitContinuationToken;
    private volatile FrozenSet<string> _deniedDeleteKeys = FrozenSet<string>.Empty;

    /// <summary>
    /// When <see langword="true"/>, <c>ListObjectsV2</c> and <c>ListBuckets</c> answer every truncated page with the
    /// request's own continuation token as the next one (or, on a first page, a fixed token that restarts the
    /// listing), so that a client that follows tokens blindly never finishes.
    /// </summary>
    public bool RepeatContinuationToken
    {
        get => _repeatContinuationToken;
        set => _repeatContinuationToken = value;
    }

    /// <summary>
    /// When <see langword="true"/>, truncated pages come back with <c>IsTruncated=true</c> and no next continuation
    /// token (for <c>ListBuckets</c>, which has no <c>IsTruncated</c>, simply without a token).
    /// </summary>
    public bool OmitContinuationToken
    {
        get => _omitContinuationToken;
        set => _omitContinuationToken = value;
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

    /// <summary>Turns every fault off.</summary>
    public void Reset()
    {
        RepeatContinuationToken = false;
        OmitContinuationToken = false;
        _deniedDeleteKeys = FrozenSet<string>.Empty;
    }
}
