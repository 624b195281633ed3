using Amazon.EC2.Model;
using Amazon.S3.Model;
using Amazon.EC2;
using Amazon.S3;
using AwsLinq.Cli.Querying;
using AwsLinq.Providers;

namespace AwsLinq.Cli.Tests.Querying;

public sealed class PropertySuggesterTests
{
    private static readonly ItemKind Objects = ItemKind.Of(S3Catalog.Service.Collections.OfType<CollectionEntry<IAmazonS3, S3Object>>().Single());
    private static readonly ItemKind Instances = ItemKind.Of(Ec2Catalog.Service.Collections.OfType<CollectionEntry<IAmazonEC2, Instance>>().Single());

    [Theory]
    [InlineData("No property or field 'size' exists in type 'S3Object'", "Size")]
    [InlineData("No property or field 'Kye' exists in type 'S3Object'", "Key")]
    [InlineData("No property or field 'Lastmodifed' exists in type 'S3Object'", "LastModified")]
    [InlineData("No property or field 'DisplayNmae' exists in type 'Owner'", "DisplayName")]
    public void Suggests_the_closest_property_of_the_named_type(string message, string expected) =>
        PropertySuggester.Suggest(typeof(S3Object), Objects, message).Should().Be(expected);

    [Fact]
    public void Looks_inside_collections_for_the_type() =>
        PropertySuggester.Suggest(typeof(Instance), Instances, "No property or field 'Kye' exists in type 'Tag'").Should().Be("Key");

    [Fact]
    public void Offers_extension_methods_for_calls() =>
        PropertySuggester.Suggest(typeof(Instance), Instances, "No applicable method 'tag' exists in type 'Instance'").Should().Be("Tag");

    [Theory]
    [InlineData("')' or ',' expected")]
    [InlineData("No property or field 'Foo' exists in type 'Int64?'")]
    public void Suggests_nothing_for_other_errors(string message) =>
        PropertySuggester.Suggest(typeof(S3Object), Objects, message).Should().BeNull();

    [Theory]
    [InlineData("Size", "Size", 0)]
    [InlineData("sise", "Size", 1)]
    [InlineData("", "Key", 3)]
    [InlineData("kitten", "sitting", 3)]
    public void Levenshtein_ignores_case(string a, string b, int distance) =>
        Levenshtein.Distance(a, b).Should().Be(distance);
}
