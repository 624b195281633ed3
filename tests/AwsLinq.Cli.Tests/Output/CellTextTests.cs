using Amazon.EC2;
using Amazon.EC2.Model;
using AwsLinq.Cli.Output;

namespace AwsLinq.Cli.Tests.Output;

public sealed class CellTextTests
{
    [Fact]
    public void Dates_are_utc_iso_8601() =>
        CellText.Format(new DateTime(2024, 6, 1, 12, 30, 5, DateTimeKind.Utc)).Should().Be("2024-06-01T12:30:05Z");

    [Fact]
    public void Sdk_constants_show_their_value() =>
        CellText.Format(InstanceType.T3Micro).Should().Be("t3.micro");

    [Fact]
    public void Tag_lists_read_as_pairs() =>
        CellText.Format(new List<Tag> { new("env", "prod"), new("Name", "web") }).Should().Be("env=prod, Name=web");

    [Fact]
    public void Nested_objects_show_their_set_properties() =>
        CellText.Format(new Placement { AvailabilityZone = "us-east-1a", Tenancy = Tenancy.Default }).Should().Be("AvailabilityZone=us-east-1a, Tenancy=default");

    [Theory]
    [InlineData(null, "")]
    [InlineData(true, "true")]
    [InlineData(1234567L, "1234567")]
    [InlineData(1.5, "1.5")]
    public void Scalars_are_invariant(object? value, string expected) =>
        CellText.Format(value).Should().Be(expected);
}
