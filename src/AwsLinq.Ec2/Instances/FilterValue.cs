using System.Globalization;
using Amazon.Runtime;

namespace AwsLinq.Ec2.Instances;

/// <summary>Turns a constant from a query into the value EC2 filters compare, and says whether they compare alike.</summary>
internal static class FilterValue
{
    /// <summary>
    /// The filter value for <paramref name="value"/>, or <see langword="null"/> when it cannot be sent.
    /// The SDK's enum-like <see cref="ConstantClass"/> values compare case-insensitively in .NET while EC2
    /// filters compare case-sensitively; EC2 spells every enumerated value it returns in lower case (even
    /// where the SDK's constant does not: <c>PlatformValues.Windows</c> is "Windows", EC2 says "windows"),
    /// so the lower-case value matches exactly the instances the .NET comparison matches.
    /// </summary>
    public static string? From(object? value, out bool exact)
    {
        exact = true;
        switch (value)
        {
            case string text:
                return text;
            case ConstantClass constant:
                return constant.Value.ToLowerInvariant();
            case int or long:
                return Convert.ToString(value, CultureInfo.InvariantCulture);
            default:
                exact = false;
                return null;
        }
    }
}
