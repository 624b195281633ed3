using System.Globalization;

namespace AwsLinq.LocalAws.Ec2.Resources;

/// <summary>
/// The <c>MaxResults</c> a Describe call accepts: a range, whether a larger value is answered with the maximum instead of
/// an error (the reference of DescribeVolumes: "if MaxResults is given a value larger than 500, only 500 results are
/// returned"), and the list of ids it cannot be combined with, where the reference says so.
/// </summary>
/// <param name="Minimum">The smallest value accepted.</param>
/// <param name="Maximum">The largest page.</param>
/// <param name="CapsLarger">Whether a larger value is answered with pages of <paramref name="Maximum"/>.</param>
/// <param name="ExclusiveIds">The name of the id list that EC2 refuses beside MaxResults, as its error names it, or <see langword="null"/>.</param>
internal sealed record PageLimits(int Minimum, int Maximum, bool CapsLarger = false, string? ExclusiveIds = null)
{
    /// <summary>The page size the request asks for, or <see langword="null"/> for everything in one page.</summary>
    /// <exception cref="Ec2ErrorException">InvalidParameterValue or InvalidParameterCombination.</exception>
    public int? Read(Ec2Parameters request, bool idsGiven)
    {
        if (request.Integer("MaxResults") is not { } max)
        {
            return null;
        }

        if (idsGiven && ExclusiveIds is { } ids)
        {
            throw Ec2Errors.InvalidParameterCombination($"The parameter {ids} cannot be used with the parameter maxResults");
        }

        if (max < Minimum)
        {
            throw Ec2Errors.InvalidParameterValue(Invalid(max, $"Expecting a value greater than {Minimum}."));
        }

        if (max > Maximum && !CapsLarger)
        {
            throw Ec2Errors.InvalidParameterValue(Invalid(max, $"Expecting a value less than {Maximum}."));
        }

        return Math.Min(max, Maximum);
    }

    private static string Invalid(int value, string expectation) =>
        string.Create(CultureInfo.InvariantCulture, $"Value ( {value} ) for parameter maxResults is invalid. {expectation}");
}
