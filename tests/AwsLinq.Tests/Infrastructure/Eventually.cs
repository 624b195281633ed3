namespace AwsLinq.Tests;

/// <summary>
/// Waits for a condition another thread or process brings about (a receive that has started waiting), checking it
/// often. The bound is only there so that a broken test ends; no assertion depends on how long the wait took.
/// </summary>
public static class Eventually
{
    private static readonly TimeSpan Bound = TimeSpan.FromMinutes(2);

    public static async Task Holds(Func<bool> condition, string? what = null)
    {
        var deadline = DateTime.UtcNow + Bound;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Still not true after {Bound.TotalMinutes} minutes: {what ?? "the condition"}.");
            }

            await Task.Delay(10);
        }
    }
}
