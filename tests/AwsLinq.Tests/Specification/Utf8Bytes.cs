using System.Text;

namespace AwsLinq.Tests.Specification;

/// <summary>
/// The test oracle's own UTF-8 byte order, computed from the encoded bytes rather than by
/// <see cref="Utf8Comparer"/>, so that the product's comparer is checked rather than trusted. It answers
/// -1, 0 or 1, as <see cref="string.CompareTo(string)"/> does, whose place it takes in oracle queries.
/// </summary>
public sealed class Utf8Bytes : IComparer<string>
{
    public static Utf8Bytes Comparer { get; } = new();

    public static int Compare(string? a, string? b) =>
        a is null || b is null
            ? (a is null ? (b is null ? 0 : -1) : 1)
            : Math.Sign(Encoding.UTF8.GetBytes(a).AsSpan().SequenceCompareTo(Encoding.UTF8.GetBytes(b)));

    int IComparer<string>.Compare(string? x, string? y) => Compare(x, y);
}
