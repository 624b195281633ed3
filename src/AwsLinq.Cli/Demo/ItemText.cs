using System.Globalization;
using Amazon.S3.Model;

namespace AwsLinq.Cli.Demo;

/// <summary>One-line renderings of the items the examples return.</summary>
internal static class ItemText
{
    public static string Object(S3Object o) =>
        $"{o.Key,-34} {Size(o.Size),9}  {o.StorageClass?.Value,-11}  {o.LastModified?.ToUniversalTime():yyyy-MM-dd}";

    public static string Bucket(S3Bucket b) =>
        $"{b.BucketName,-14} region={b.BucketRegion ?? "(not reported)",-16} created={b.CreationDate?.ToUniversalTime():yyyy-MM-dd}";

    public static string Instance(Amazon.EC2.Model.Instance i) =>
        $"{i.InstanceId,-20} {i.InstanceType?.Value,-10} {i.State?.Name?.Value,-8} tenancy={i.Placement?.Tenancy?.Value,-9} Name={i.Tag("Name")}";

    public static string Size(long? bytes)
    {
        string[] units = ["B", "KB", "MB", "GB", "TB"];
        double value = bytes ?? 0;
        var unit = 0;
        while (value >= 1024 && unit < units.Length - 1)
        {
            value /= 1024;
            unit++;
        }

        return unit == 0 ? $"{value:0} B" : value.ToString("0.0", CultureInfo.InvariantCulture) + " " + units[unit];
    }
}
