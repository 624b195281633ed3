using AwsLinq.Cli.Querying;

namespace AwsLinq.Cli.Tests.Querying;

public sealed class ExpressionListTests
{
    [Theory]
    [InlineData("Key,Size", new[] { "Key", "Size" })]
    [InlineData(" Key , Size desc ", new[] { "Key", "Size desc" })]
    [InlineData("Tag(\"a,b\"),InstanceId", new[] { "Tag(\"a,b\")", "InstanceId" })]
    [InlineData("Key.Substring(0, 3),Size", new[] { "Key.Substring(0, 3)", "Size" })]
    [InlineData("Key,,Size,", new[] { "Key", "Size" })]
    public void Split_cuts_at_top_level_commas_only(string text, string[] expected) =>
        ExpressionList.Split(text).Should().Equal(expected);
}
