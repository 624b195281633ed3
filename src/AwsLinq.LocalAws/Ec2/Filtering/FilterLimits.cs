namespace AwsLinq.LocalAws.Ec2.Filtering;

/// <summary>The limit EC2 puts on the values of one filter of a describe call.</summary>
internal static class FilterLimits
{
    /// <summary>EC2 answers FilterLimitExceeded to a filter with more values than this.</summary>
    public const int MaxValues = 200;

    public static void ThrowIfTooMany(IReadOnlyList<string> values)
    {
        if (values.Count > MaxValues)
        {
            throw Ec2Errors.FilterLimitExceeded();
        }
    }
}
