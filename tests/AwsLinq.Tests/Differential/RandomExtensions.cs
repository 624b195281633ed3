namespace AwsLinq.Tests.Differential;

internal static class RandomExtensions
{
    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;

    /// <summary>An integer in [min, max], each power of two about as likely as the next: small values come up often.</summary>
    public static int LogUniform(this Random random, int min, int max) =>
        (int)Math.Clamp(Math.Round(Math.Exp(random.NextDouble() * (Math.Log(max + 1) - Math.Log(min))) * min), min, max);
}
