using System.Text;
using AwsLinq.LocalAws.S3;

namespace AwsLinq.Tests.LocalAws;

public class Utf8KeyComparerTests
{
    [Theory]
    [InlineData("a", "b", -1)]
    [InlineData("a", "a", 0)]
    [InlineData("ab", "a", 1)]
    [InlineData("Z", "a", -1)]
    [InlineData("\uFFFD", "😀", -1)]
    [InlineData("\uE000", "\U00010000", -1)]
    [InlineData("é", "z", 1)]
    public void Orders_like_UTF8_bytes(string x, string y, int expected)
    {
        Math.Sign(Utf8KeyComparer.Instance.Compare(x, y)).Should().Be(expected);
    }

    [Fact]
    public void Agrees_with_comparing_encoded_bytes_on_mixed_strings()
    {
        var random = new Random(7);
        string[] pieces = ["a", "Z", "é", "\uFFFD", "\uE000", "😀", "𝄞", "/", " ", "~", "中"];
        var keys = Enumerable.Range(0, 500)
            .Select(_ => string.Concat(Enumerable.Range(0, random.Next(1, 5)).Select(_ => pieces[random.Next(pieces.Length)])))
            .ToList();

        var byComparer = keys.Order(Utf8KeyComparer.Instance).ToList();
        var byBytes = keys.OrderBy(k => Encoding.UTF8.GetBytes(k), Comparer<byte[]>.Create((a, b) => a.AsSpan().SequenceCompareTo(b))).ToList();

        byComparer.Should().Equal(byBytes);
    }
}
