using System.Text.Json;
using Amazon.S3.Model;

namespace AwsLinq.Tests.Specification;

/// <summary>
/// One specification query: run through AwsLinq (synchronously or asynchronously) and through the oracle,
/// with results normalised for comparison (objects by key).
/// </summary>
public sealed record SpecQuery<TItem>(
    string Name,
    Func<IQueryable<TItem>, bool, Task<IReadOnlyList<object?>>> Run)
{
    public override string ToString() => Name;
}

public static class SpecQuery
{
    public static SpecQuery<TItem> Sequence<TItem, T>(string name, Func<IQueryable<TItem>, IQueryable<T>> query) =>
        new(name, async (source, async) =>
        {
            var q = query(source);
            var items = async ? await AsyncOrSync(q) : q.ToList();
            return items.Select(x => Normalize(x)).ToList();
        });

    public static SpecQuery<TItem> Scalar<TItem, T>(string name, Func<IQueryable<TItem>, T> sync, Func<IQueryable<TItem>, Task<T>> async) =>
        new(name, async (source, useAsync) =>
        {
            var isOracle = source.Provider.GetType().DeclaringType == typeof(OracleQueryable);
            var value = useAsync && !isOracle ? await async(source) : sync(source);
            return [Normalize(value)];
        });

    private static async Task<List<T>> AsyncOrSync<T>(IQueryable<T> query) =>
        query.Provider.GetType().DeclaringType == typeof(OracleQueryable) ? query.ToList() : await query.ToListAsync();

    private static object? Normalize(object? value) => value switch
    {
        // Before S3Object, which a version is: its id, and whether it is the newest or a delete marker, tell it apart.
        S3ObjectVersion v => $"{v.Key}|{v.VersionId}|{v.IsLatest}|{v.IsDeleteMarker}|{v.Size}|{v.ETag}",
        S3Object o => $"{o.Key}|{o.Size}|{o.LastModified:O}|{o.StorageClass?.Value}|{o.ETag}",
        S3Bucket b => $"{b.BucketName}|{b.BucketRegion}",
        SqsQueue q => q.Url,
        Amazon.EC2.Model.Instance i => $"{i.InstanceId}|{i.InstanceType?.Value}|{i.State?.Name?.Value}",

        // Any other SDK model item compares by everything it holds.
        _ when value?.GetType().Namespace?.StartsWith("Amazon.", StringComparison.Ordinal) == true => JsonSerializer.Serialize(value),
        _ => value,
    };
}
