namespace AwsLinq.Tests.Differential;

/// <summary>Simpler versions of generated constants, simplest first, for shrinking.</summary>
internal static class Values
{
    public static IEnumerable<int> Simpler(int value) =>
        new[] { 0, 1, value / 2, value - Math.Sign(value) }.Where(v => Math.Abs((long)v) < Math.Abs((long)value)).Distinct();

    public static IEnumerable<long> Simpler(long value) => Simpler((int)Math.Clamp(value, int.MinValue, int.MaxValue)).Select(v => (long)v);

    public static IEnumerable<string> Simpler(string value) =>
        value.Length == 0 ? [] : new[] { string.Empty, value[..(value.Length / 2)], value[..^1], value[1..] }.Distinct().Where(v => v != value);

    public static IEnumerable<char> Simpler(char value) => value == 'a' ? [] : ['a'];

    public static IEnumerable<T[]> Simpler<T>(T[] values) =>
        Enumerable.Range(0, values.Length).Select(i => values.Where((_, j) => j != i).ToArray());

    public static IEnumerable<T> None<T>(T value) => [];
}
