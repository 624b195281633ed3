namespace AwsLinq.Tests.Execution;

/// <summary>The core's page loop, over scripted pages: empty pages, repeated tokens, truncation without a token.</summary>
public sealed class PageLoopTests
{
    [Fact]
    public async Task Empty_pages_that_carry_a_token_are_followed()
    {
        var resource = new ScriptedResource(
            new([], "t1", true),
            new(["a", "b"], "t2", true),
            new([], "t3", true),
            new(["c"], null, false));

        var items = await resource.CreateQuery().ToListAsync();

        items.Should().Equal("a", "b", "c");
        resource.PagesServed.Should().Be(4);
    }

    [Fact]
    public async Task A_token_that_comes_back_after_other_pages_stops_the_loop()
    {
        var resource = new ScriptedResource(
            new(["a"], "t1", true),
            new(["b"], "t2", true),
            new(["a"], "t1", true),
            new(["c"], null, false));

        var act = () => resource.CreateQuery().ToListAsync();

        await act.Should().ThrowAsync<BrokenListingException>().WithMessage(
            "Test ListThings at http://scripted.invalid/ returned the continuation token 't1' a second time (page 3). Paging stopped so that no page is read twice or forever. " +
            "The service or a proxy in between is not paging as the API requires.");
        resource.PagesServed.Should().Be(3);
    }

    [Fact]
    public async Task Take_stops_requesting_pages_once_it_has_enough()
    {
        var resource = new ScriptedResource(
            new(["a", "b"], "t1", true),
            new(["c", "d"], "t2", true),
            new(["e"], null, false));

        var items = await resource.CreateQuery().Take(3).ToListAsync();

        items.Should().Equal("a", "b", "c");
        resource.PagesServed.Should().Be(2);
    }
}
