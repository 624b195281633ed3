namespace AwsLinq.LocalAws.Ec2.Resources;

/// <summary>
/// Pages of a listing computed afresh for each request (instance statuses, tags), by position: a token holds the
/// position of the next row. Rows added or removed between pages can shift what a later page holds, as EC2 promises
/// nothing of a listing that changes while it is paged.
/// </summary>
internal static class RowPages
{
    public static (IReadOnlyList<T> Rows, long? Next) Page<T>(IReadOnlyList<T> rows, long start, int? max)
    {
        if (start < 0 || start > rows.Count)
        {
            throw Ec2Errors.InvalidPaginationToken();
        }

        var from = (int)start;
        var count = Math.Min(max ?? int.MaxValue, rows.Count - from);
        return (rows.Skip(from).Take(count).ToList(), from + count < rows.Count ? from + count : null);
    }
}
