namespace AwsLinq.Tests.Specification;

/// <summary>
/// Every SQS specification query through AwsLinq, with pages of seven queues and attribute calls two at a time,
/// must return what LINQ-to-Objects returns over the complete listing.
/// </summary>
public abstract class SqsQueueSpecificationTests(SqsSpecBackend backend)
{
    public static IEnumerable<object[]> Cases => SqsQueueQueries.Cases();

    [Fact]
    public void Listing_holds_every_seeded_queue()
    {
        backend.Listing.Should().HaveCount(60);
    }

    protected async Task AssertMatchesOracle(string name, bool async)
    {
        var query = SqsQueueQueries.Named(name);
        var expected = await query.Run(OracleQueryable.Over(backend.Listing), false);

        var actual = await query.Run(backend.Client.Queues(new SqsQueryOptions { MaxConcurrency = 2 }).WithPageSize(7), async);

        actual.Should().Equal(expected);
    }
}

public sealed class LocalSqsQueueSpecificationTests(LocalSqsSpecBackend backend)
    : SqsQueueSpecificationTests(backend), IClassFixture<LocalSqsSpecBackend>
{
    [Theory]
    [MemberData(nameof(Cases))]
    public Task Query_returns_what_linq_to_objects_returns(string name, bool async) => AssertMatchesOracle(name, async);
}

public sealed class FauxqsSqsQueueSpecificationTests(EmulatorSqsSpecBackend<Infrastructure.FauxqsServer> backend)
    : SqsQueueSpecificationTests(backend), IClassFixture<EmulatorSqsSpecBackend<Infrastructure.FauxqsServer>>
{
    [Theory]
    [MemberData(nameof(Cases))]
    public Task Query_returns_what_linq_to_objects_returns(string name, bool async) => AssertMatchesOracle(name, async);
}

public sealed class LocalAwsSqsQueueSpecificationTests(EmulatorSqsSpecBackend<Infrastructure.LocalAwsSqsServer> backend)
    : SqsQueueSpecificationTests(backend), IClassFixture<EmulatorSqsSpecBackend<Infrastructure.LocalAwsSqsServer>>
{
    private const string EmptyAnswerQuery = "content based deduplication";

    // local-aws-sqs answers GetQueueAttributes with an empty body when no requested attribute applies (here
    // ContentBasedDeduplication on a standard queue); that query is checked by the test below instead.
    public static IEnumerable<object[]> EmulatorCases => Cases.Where(c => (string)c[0] != EmptyAnswerQuery);

    [Theory]
    [MemberData(nameof(EmulatorCases))]
    public Task Query_returns_what_linq_to_objects_returns(string name, bool async) => AssertMatchesOracle(name, async);

    [Fact]
    public async Task Emulator_defect_an_attribute_selection_with_no_values_gets_an_empty_body_the_SDK_cannot_read()
    {
        // Fails once local-aws-sqs answers with a JSON body: then add the query back to EmulatorCases.
        var standard = backend.Listing.First(q => !q.IsFifo);

        var act = () => backend.Client.GetQueueAttributesAsync(standard.Url, ["ContentBasedDeduplication"]);

        await act.Should().ThrowAsync<Amazon.Runtime.AmazonUnmarshallingException>();
    }
}
