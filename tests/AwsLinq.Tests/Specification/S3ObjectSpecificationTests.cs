namespace AwsLinq.Tests.Specification;

/// <summary>
/// Every specification query through AwsLinq, with pages of seven keys so each query crosses pages,
/// must return what LINQ-to-Objects returns over the complete listing.
/// </summary>
public abstract class S3ObjectSpecificationTests(S3SpecBackend backend)
{
    protected async Task AssertMatchesOracle(string name, bool async)
    {
        var query = S3ObjectQueries.Named(name);
        var expected = await query.Run(OracleQueryable.Over(backend.Listing), false);

        var actual = await query.Run(backend.Client.Objects(S3SpecBackend.Bucket).WithPageSize(7), async);

        actual.Should().Equal(expected);
    }
}

public sealed class LocalS3ObjectSpecificationTests(LocalSpecBackend backend)
    : S3ObjectSpecificationTests(backend), IClassFixture<LocalSpecBackend>
{
    public static IEnumerable<object[]> Cases => S3ObjectQueries.Cases(plainKeysOnly: false);

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Query_returns_what_linq_to_objects_returns(string name, bool async) => AssertMatchesOracle(name, async);

    [Fact]
    public void Listing_is_in_utf8_byte_order_and_complete()
    {
        backend.Listing.Select(o => o.Key).Should().Equal(S3ObjectSpecData.Full.Select(o => o.Key));
    }
}

public sealed class FauxqsS3ObjectSpecificationTests(FauxqsSpecBackend backend)
    : S3ObjectSpecificationTests(backend), IClassFixture<FauxqsSpecBackend>
{
    // fauxqs orders and pages like S3 only for keys of [a-z0-9 ./-]: the unicode queries run against LocalAws.
    public static IEnumerable<object[]> Cases => S3ObjectQueries.Cases(plainKeysOnly: true);

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Query_returns_what_linq_to_objects_returns(string name, bool async) => AssertMatchesOracle(name, async);

    [Fact]
    public void Listing_is_complete()
    {
        backend.Listing.Select(o => o.Key).Should().Equal(S3ObjectSpecData.Plain.Select(o => o.Key));
    }
}
