using AwsLinq.LocalAws.Ec2.Filtering;

namespace AwsLinq.Tests.LocalAws.Ec2;

public class WildcardPatternTests
{
    [Theory]
    [InlineData("abc", "abc", true)]
    [InlineData("abc", "abcd", false)]
    [InlineData("a*c", "ac", true)]
    [InlineData("a*c", "abbbc", true)]
    [InlineData("a*c", "abbbd", false)]
    [InlineData("a?c", "abc", true)]
    [InlineData("a?c", "ac", false)]
    [InlineData("*a*b*", "xxaxxbxx", true)]
    [InlineData("*a*b", "xxaxxbxxb", true)]
    [InlineData("**", "", true)]
    [InlineData("?", "", false)]
    [InlineData(@"\*amazon\?\\", @"*amazon?\", true)]
    [InlineData(@"\*amazon\?\\", @"xamazonx\", false)]
    [InlineData(@"a\", @"a\", true)]
    [InlineData("ABC", "abc", false)]
    public void Matches_as_the_EC2_Filter_reference_describes(string pattern, string text, bool expected)
    {
        WildcardPattern.Parse(pattern).IsMatch(text).Should().Be(expected);
    }
}
