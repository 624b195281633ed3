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
    [Fact]
    public void A_range_that_ends_where_a_counter_carries_is_the_pages_to_its_end_not_unbounded()
    {
        var space = new KeySpace(Utf8Comparer.Instance);
        foreach (var n in Enumerable.Range(0, 1_100))
        {
            space.Observe($"t/150a/{n:D5}");
        }

        // The last page listed 01000 to 01099; the range ends at 01199, a digit before the page's keys part.
        space.PagesAhead("t/", "t/150a/01000", "t/150a/01099", "t/150a/01199").Should().BeInRange(0.8, 1.6);
        space.PagesAhead("t/", "t/150a/01000", "t/150a/01099", "t/150a/05999").Should().BeInRange(8, 100, "49 pages lie ahead: enough to split, guessed from digits of which only two were seen");
        space.PagesAhead("t/", "t/150a/01000", "t/150a/01099", null).Should().Be(double.PositiveInfinity);
    }

    [Fact]
    public void A_guess_many_pages_ahead_of_a_counter_passes_the_digits_seen_so_far()
    {
        var space = new KeySpace(Utf8Comparer.Instance);
        foreach (var n in Enumerable.Range(0, 1_100))
        {
            space.Observe($"t/150a/{n:D5}");
        }

        // Only 0 and 1 were seen in the thousands: 16 pages on is a digit past them, not back at 1.
        var guess = space.Advance("t/", "t/150a/01000", "t/150a/01099", null, 16);

        guess.Should().NotBeNull();
        Utf8Comparer.Instance.Compare(guess, "t/150a/01999").Should().BePositive($"'{guess}' is more than ten pages ahead");
        Utf8Comparer.Instance.Compare(guess, "t/150a/04000").Should().BeNegative($"'{guess}' is not far past sixteen pages ahead");
    }

    [Fact]
    public void A_uniform_space_guesses_a_counter_from_its_first_page_no_further_than_asked_and_measures_it_no_shorter()
    {
        var ranked = new KeySpace(Utf8Comparer.Instance);
        var uniform = new KeySpace(Utf8Comparer.Instance, uniform: true);
        foreach (var n in Enumerable.Range(0, 100))
        {
            ranked.Observe($"k{n:D6}");
            uniform.Observe($"k{n:D6}");
        }

        // Only 0 was seen above the tens: read by the ranks seen there, a digit past it is as far as that digit goes,
        // so 16 pages on lands more than 100 pages on. Read as wide as the widest position, it lands short of 16.
        var far = ranked.Advance("", "k000000", "k000099", null, 16);
        var near = uniform.Advance("", "k000000", "k000099", null, 16);

        Utf8Comparer.Instance.Compare(far, "k010000").Should().BePositive($"'{far}' is more than 100 pages ahead");
        Utf8Comparer.Instance.Compare(near, "k000800").Should().BePositive($"'{near}' is more than 8 pages ahead");
        Utf8Comparer.Instance.Compare(near, "k001600").Should().BeNegative($"'{near}' is less than 16 pages ahead");
        uniform.PagesAhead("", "k000000", "k000099", "k006000").Should().BeGreaterThanOrEqualTo(59, "59 pages lie ahead");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Random_guesses_ahead_always_lie_inside_their_range_or_are_not_made(bool uniform)
    {
        var random = new Random(20261202);
        var space = new KeySpace(Utf8Comparer.Instance, uniform);
        string[] alphabet = ["a", "b", "z", "0", "9", "/", "-", "\u00e9", "\uD7FF", "\uFFFF", "\U0001F600", "\U0010FFFF", "\u0001"];
        string Key() => "p/" + string.Concat(Enumerable.Range(0, random.Next(1, 7)).Select(_ => alphabet[random.Next(alphabet.Length)]));
        for (var i = 0; i < 5_000; i++)
        {
            string[] keys = [.. new[] { Key(), Key(), Key() }.Order(Utf8Comparer.Instance)];
            var (first, position, high) = (keys[0], keys[1], random.Next(4) == 0 ? null : keys[2]);
            space.Observe(first);
            space.Observe(position);
            if (space.Advance("p/", first, position, high, 1 + random.Next(40)) is { } guess)
            {
                Utf8Comparer.Instance.Compare(position, guess).Should().BeNegative($"'{position}' < '{guess}'");
                if (high is not null)
                {
                    Utf8Comparer.Instance.Compare(guess, high).Should().BeNegative($"'{guess}' < '{high}'");
                }

                guess.Should().StartWith("p/");
            }

            space.PagesAhead("p/", first, position, high).Should().BeGreaterThanOrEqualTo(0);
        }
    }
}
