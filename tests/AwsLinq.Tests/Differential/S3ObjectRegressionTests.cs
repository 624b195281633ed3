using AwsLinq.Tests.Infrastructure;

namespace AwsLinq.Tests.Differential;

/// <summary>
/// Object queries on which AwsLinq once disagreed with LINQ-to-Objects, each shrunk to a minimal query and
/// bucket, asserted on the items and on the requests that went out.
/// </summary>
public sealed class S3ObjectRegressionTests(LocalS3Fixture s3) : IClassFixture<LocalS3Fixture>
{
    [Fact]
    public async Task CompareTo_returns_minus_one_zero_or_one_as_string_CompareTo_does()
    {
        var bucket = s3.Bucket("+", "-", ".", "a", "é");
        var objects = s3.Client.Objects(bucket);

        var above = await objects.Where(o => o.Key.CompareTo("-") == 1).Select(o => o.Key).ToListAsync();
        var below = await objects.Where(o => string.Compare(o.Key, "-") == -1).Select(o => o.Key).ToListAsync();
        var signs = await objects.Select(o => o.Key.CompareTo("-")).ToListAsync();

        above.Should().Equal(".", "a", "é");
        below.Should().Equal("+");
        signs.Should().Equal(-1, 0, 1, 1, 1);
    }

    [Fact]
    public async Task CompareOrdinal_returns_the_difference_of_the_first_differing_characters_as_the_BCL_does()
    {
        var bucket = s3.Bucket("+", "-", ".", "a");

        var differences = await s3.Client.Objects(bucket).Select(o => string.CompareOrdinal(o.Key, "-")).ToListAsync();

        differences.Should().Equal(-2, 0, 1, 52);
    }

    [Fact]
    public async Task StartsWith_a_lone_surrogate_is_not_sent_as_the_replacement_character()
    {
        var bucket = s3.Bucket("\uFFFDreplacement", "😀x", "z");
        var objects = s3.Client.Objects(bucket);

        var lone = await objects.Where(o => o.Key.StartsWith("\uD800")).Select(o => o.Key).ToListAsync();
        var highHalf = await objects.Where(o => o.Key.StartsWith("\uD83D")).Select(o => o.Key).ToListAsync();

        lone.Should().BeEmpty();
        highHalf.Should().Equal("😀x");
        s3.Listings(bucket).Should().HaveCount(2).And.OnlyContain(r => r.Parameter("Prefix") == null);
    }

    [Fact]
    public async Task A_lone_surrogate_compares_as_the_replacement_character_the_SDK_sends_for_it()
    {
        var bucket = s3.Bucket("\uFFFD", "\uFFFDb", "😀");

        var below = await s3.Client.Objects(bucket).Where(o => o.Key.CompareTo("\uD800a") < 0).Select(o => o.Key).ToListAsync();

        below.Should().Equal("\uFFFD");
    }
}
