using AwsLinq.Execution;

namespace AwsLinq.Tests.Parallel;

/// <summary>Split points lie strictly between the keys they split, under the listing's prefix, whatever the keys.</summary>
public sealed class KeySpaceTests
{
    [Theory]
    [InlineData("", "a", null)]
    [InlineData("", "logs/2026/01/part-000999.json", null)]
    [InlineData("p/", "p/0000999", "p/0001000")]
    [InlineData("p/", "p/a", "p/b")]
    [InlineData("", "caf\u00e9/\U0001F600", null)]
    public void A_split_point_lies_strictly_between(string prefix, string low, string? high)
    {
        var space = new KeySpace(Utf8Comparer.Instance);
        space.Observe("p/0123456789abcdef");

        var middle = space.Between(prefix, low, high);

        middle.Should().NotBeNull();
        Utf8Comparer.Instance.Compare(low, middle).Should().BeNegative();
        if (high is not null)
        {
            Utf8Comparer.Instance.Compare(middle, high).Should().BeNegative();
        }

        middle.Should().StartWith(prefix);
    }

    [Fact]
    public void Keys_with_nothing_between_them_have_no_split_point()
    {
        var space = new KeySpace(Utf8Comparer.Instance);

        space.Between("", "a", "a\u0000").Should().BeNull();
        space.Between("x/", "y/1", null).Should().BeNull("the key is not under the prefix");
    }

    [Fact]
    public void Random_keys_always_split_inside_their_range_or_not_at_all()
    {
        var random = new Random(20261201);
        var space = new KeySpace(Utf8Comparer.Instance);
        string[] alphabet = ["a", "b", "z", "0", "9", "/", "-", "\u00e9", "\u65e5", "\U0001F600", "\uFFFF", "\u0001"];
        for (var i = 0; i < 5_000; i++)
        {
            var a = "p/" + string.Concat(Enumerable.Range(0, random.Next(0, 6)).Select(_ => alphabet[random.Next(alphabet.Length)]));
            var b = "p/" + string.Concat(Enumerable.Range(0, random.Next(0, 6)).Select(_ => alphabet[random.Next(alphabet.Length)]));
            if (Utf8Comparer.Instance.Compare(a, b) > 0)
            {
                (a, b) = (b, a);
            }

            space.Observe(a);
            var upper = random.Next(4) == 0 ? null : b;
            if (space.Between("p/", a, upper) is { } middle)
            {
                Utf8Comparer.Instance.Compare(a, middle).Should().BeNegative($"'{a}' < '{middle}'");
                if (upper is not null)
                {
                    Utf8Comparer.Instance.Compare(middle, upper).Should().BeNegative($"'{middle}' < '{upper}'");
                }

                middle.Should().StartWith("p/");
                middle.EnumerateRunes().Should().NotBeEmpty();
            }
        }
    }
}
