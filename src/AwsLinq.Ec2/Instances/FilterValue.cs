using System.Globalization;
using System.Reflection;
using Amazon.Runtime;

namespace AwsLinq.Ec2.Instances;

/// <summary>Turns a constant from a query into the value EC2 filters compare, and says whether they compare alike.</summary>
internal static class FilterValue
{
    /// <summary>
    /// The filter value for <paramref name="value"/>, or <see langword="null"/> when it cannot be sent.
    /// <paramref name="exact"/> is false where .NET compares differently from EC2: the SDK's enum-like
    /// <see cref="ConstantClass"/> values compare case-insensitively, EC2 filters case-sensitively, so only
    /// a value spelled as one of the SDK's own constants is exact.
    /// </summary>
    public static string? From(object? value, out bool exact)
    {
        exact = true;
        switch (value)
        {
            case string text:
                return text;
            case ConstantClass constant:
                var known = KnownValue(constant);
                exact = string.Equals(known, constant.Value, StringComparison.Ordinal);
                return known ?? constant.Value;
            case int or long:
                return Convert.ToString(value, CultureInfo.InvariantCulture);
            default:
                exact = false;
                return null;
        }
    }

    private static string? KnownValue(ConstantClass constant) =>
        constant.GetType().GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == constant.GetType())
            .Select(f => ((ConstantClass?)f.GetValue(null))?.Value)
            .FirstOrDefault(v => string.Equals(v, constant.Value, StringComparison.OrdinalIgnoreCase));
}
