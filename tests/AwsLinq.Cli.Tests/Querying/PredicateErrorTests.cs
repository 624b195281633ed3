using AwsLinq.Cli.Tests.Infrastructure;

namespace AwsLinq.Cli.Tests.Querying;

/// <summary>Expressions that do not parse say where, and which property was probably meant; nothing is sent.</summary>
public sealed class PredicateErrorTests : CliTestBase
{
    [Fact]
    public async Task Unknown_property_names_the_closest_one_and_points_at_it()
    {
        var result = await RunAsync("s3", "objects", TestData.Bucket, "--where", "Key.StartsWith(\"a\") && Sise > 1000");

        result.ExitCode.Should().Be(2);
        result.Out.Should().BeEmpty();
        result.Error.Should().Be(Lines(
            "awslinq: --where: No property or field 'Sise' exists in type 'S3Object' (at column 24). Did you mean 'Size'?",
            "  Key.StartsWith(\"a\") && Sise > 1000",
            "                         ^"));
        Server.Requests.Snapshot().Should().BeEmpty();
    }

    [Fact]
    public async Task Unknown_nested_property_is_looked_up_in_its_own_type()
    {
        var result = await RunAsync("ec2", "instances", "--where", "State.Nmae == \"running\"");

        result.Error.Should().Be(Lines(
            "awslinq: --where: No property or field 'Nmae' exists in type 'InstanceState' (at column 7). Did you mean 'Name'?",
            "  State.Nmae == \"running\"",
            "        ^"));
    }

    [Fact]
    public async Task Unknown_method_names_the_closest_helper()
    {
        var result = await RunAsync("ec2", "instances", "--where", "Tags(\"env\") == \"prod\"");

        result.ExitCode.Should().Be(2);
        result.Error.Should().StartWith("awslinq: --where: No applicable method 'Tags' exists in type 'Instance' (at column 1). Did you mean 'Tag'?");
    }

    [Fact]
    public async Task Syntax_error_points_at_the_position()
    {
        var result = await RunAsync("sqs", "queues", "--where", "Name.StartsWith(\"orders\"");

        result.Error.Should().Be(Lines(
            "awslinq: --where: ')' or ',' expected (at column 25).",
            "  Name.StartsWith(\"orders\"",
            "                          ^"));
    }

    [Fact]
    public async Task A_predicate_must_be_boolean()
    {
        var result = await RunAsync("s3", "objects", TestData.Bucket, "--where", "Size");

        result.ExitCode.Should().Be(2);
        result.Error.Should().StartWith("awslinq: --where: Expression of type 'Boolean' expected (at column 1).");
    }

    [Fact]
    public async Task Select_and_order_by_suggest_properties_too()
    {
        var select = await RunAsync("s3", "buckets", "--select", "BucketName,Region");
        var orderBy = await RunAsync("sqs", "queues", "--order-by", "Nmae desc");

        select.Error.Should().StartWith("awslinq: --select: No property or field 'Region' exists in type 'S3Bucket' (at column 1). Did you mean 'BucketRegion'?");
        orderBy.Error.Should().StartWith("awslinq: --order-by: No property or field 'Nmae' exists in type 'SqsQueue' (at column 1). Did you mean 'Name'?");
        Server.Requests.Snapshot().Should().BeEmpty();
    }

    [Fact]
    public async Task Page_size_outside_the_service_range_says_the_range()
    {
        var result = await RunAsync("s3", "objects", TestData.Bucket, "--page-size", "5000");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be(Lines("awslinq: --page-size: The page size 5000 is out of range for S3 ListObjectsV2: MaxKeys must be between 1 and 1000."));
    }

    [Fact]
    public async Task Negative_take_is_refused()
    {
        var result = await RunAsync("s3", "objects", TestData.Bucket, "--take", "-1");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be(Lines("awslinq: --take: must be 0 or more, not -1.", "Run 'awslinq s3 objects --help' to see the options."));
    }

    [Theory]
    [InlineData("Size > \"abc\"", "awslinq: --where: in 'Size > \"abc\"', the property takes a whole number, not 'abc'. Write numbers as digits (Size > 1000), dates as \"2024-01-31\" or DateTime(2024, 1, 31), and text in double quotes.")]
    [InlineData("LastModified > \"2024-13-45\"", "awslinq: --where: in 'LastModified > \"2024-13-45\"', the property takes a date, not '2024-13-45'. Write numbers as digits (Size > 1000), dates as \"2024-01-31\" or DateTime(2024, 1, 31), and text in double quotes.")]
    [InlineData("Size / 0 > 1", "awslinq: --where: in 'Size / 0 > 1', the divisor is zero, which fails for every item. Divide by something else, or drop the division.")]
    public async Task Values_that_cannot_work_say_what_to_write_instead(string where, string expected)
    {
        var result = await RunAsync("s3", "objects", TestData.Bucket, "--where", where);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be(Lines(expected));
        Server.Requests.Snapshot().Should().BeEmpty();
    }

    [Fact]
    public async Task A_division_by_zero_found_only_on_an_item_is_a_usage_error_too()
    {
        var result = await RunAsync("s3", "objects", TestData.Bucket, "--where", "Key.Length / (Size - Size) > 1");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be(Lines(
            "awslinq: an expression (--where, --select or --order-by) divided by zero for one of the items. Guard the divisor, for example Size / (Count == 0 ? 1 : Count), or filter those items out first."));
    }

    [Fact]
    public async Task A_helper_given_null_names_what_to_pass()
    {
        var result = await RunAsync("ec2", "instances", "--where", "Tag(null) == \"x\"");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be(Lines("awslinq: --where: in 'Tag(null) == \"x\"', Tag(null) has no value to look up. Give it a string, for example Tag(\"env\")."));
        Server.Requests.Snapshot().Should().BeEmpty();
    }

    [Fact]
    public async Task A_call_that_does_not_fit_names_the_method_and_not_the_framework()
    {
        var result = await RunAsync("ec2", "instances", "--where", "Tags.Sum(Key) > 1");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be(Lines(
            "awslinq: --where: in 'Tags.Sum(Key) > 1', 'Sum' cannot be called with these arguments. Check its name and arguments; on a collection, use Any, All, Count, Where or Select with a condition over the element's properties, for example Tags.Any(Key == \"env\")."));
        result.Error.Should().NotContain("System.");
    }

    [Fact]
    public async Task An_unknown_sort_direction_says_asc_or_desc()
    {
        var result = await RunAsync("s3", "objects", TestData.Bucket, "--order-by", "Size sideways");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be(Lines("awslinq: --order-by: 'sideways' is not a sort direction; write asc or desc after the key, for example \"Size desc\"."));
    }

    private static string Lines(params string[] lines) => string.Concat(lines.Select(l => l + Environment.NewLine));
}
