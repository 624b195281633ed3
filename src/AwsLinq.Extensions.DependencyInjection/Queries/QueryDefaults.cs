namespace AwsLinq;

/// <summary>Gives a query just started at an entry point the configured page size and strict mode.</summary>
internal static class QueryDefaults
{
    public static IAwsQueryable<T> Apply<T>(IAwsQueryable<T> query, AwsLinqOptions options)
    {
        if (options.PageSize is { } pageSize)
        {
            query = query.WithPageSize(pageSize);
        }

        return options.ServerSideOnly ? query.ServerSideOnly() : query;
    }
}
