using System.Runtime.CompilerServices;
using System.Text;

namespace AwsLinq.Tests.Specification;

/// <summary>
/// The test oracle's own UTF-8 byte order, computed from the encoded bytes rather than by
/// <see cref="Utf8Comparer"/>, so that the product's comparer is checked rather than trusted. It answers
/// -1, 0 or 1, as <see cref="string.CompareTo(string)"/> does, whose place it takes in oracle queries.
/// </summary>
public sealed class Utf8Bytes : IComparer<string>
{
    // Oracle queries compare the same few thousand keys over and over: encode each string object once.
    private static readonly ConditionalWeakTable<string, byte[]> Encoded = [];

    public static Utf8Bytes Comparer { get; } = new();

    public static int Compare(string? a, string? b) =>
        a is null || b is null
            ? (a is null ? (b is null ? 0 : -1) : 1)
            : Math.Sign(Bytes(a).AsSpan().SequenceCompareTo(Bytes(b)));

    int IComparer<string>.Compare(string? x, string? y) => Compare(x, y);

    private static byte[] Bytes(string text) => Encoded.GetValue(text, Encoding.UTF8.GetBytes);
}
