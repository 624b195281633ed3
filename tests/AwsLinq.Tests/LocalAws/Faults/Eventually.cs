namespace AwsLinq.Tests.LocalAws.Faults;

/// <summary>Waits for a condition the server reaches on its own, with a generous bound that only a hang reaches.</summary>
internal static class Eventually
{
    public static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (!condition())
        {
            await Task.Delay(10, timeout.Token);
        }
    }
}
