using System.Net;
using Amazon.Runtime;
using AwsLinq.Providers;

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

    [Fact]
    public async Task An_empty_continuation_token_is_a_broken_page_not_the_end()
    {
        var resource = new ScriptedResource(
            new(["a"], "t1", null),
            new(["b"], string.Empty, null),
            new(["c"], null, null));

        var act = () => resource.CreateQuery().ToListAsync();

        await act.Should().ThrowAsync<BrokenListingException>().WithMessage(
            "Test ListThings at http://scripted.invalid/ answered page 2 with an empty continuation token. " +
            "The rest of the listing cannot be read, so paging stopped rather than return an incomplete result. The service or a proxy in between is not paging as the API requires.");
    }

    [Fact]
    public async Task A_page_without_its_truncation_flag_is_a_broken_page_where_the_operation_has_one()
    {
        var resource = ScriptedResource.WithTruncationFlag(
            new(["a"], "t1", true),
            new(["b"], null, null));

        var act = () => resource.CreateQuery().ToListAsync();

        await act.Should().ThrowAsync<BrokenListingException>().WithMessage(
            "Test ListThings at http://scripted.invalid/ answered page 2 without saying whether it is truncated (no IsTruncated). " +
            "Paging stopped rather than guess whether items are missing. The service or a proxy in between is not paging as the API requires.");
    }

    [Fact]
    public async Task A_truncation_flag_of_false_ends_the_listing_even_with_a_token()
    {
        var resource = ScriptedResource.WithTruncationFlag(
            new(["a"], "t1", true),
            new(["b"], "t2", false),
            new(["c"], null, false));

        (await resource.CreateQuery().ToListAsync()).Should().Equal("a", "b");
        resource.PagesServed.Should().Be(2);
    }

    [Fact]
    public async Task Empty_pages_in_a_row_beyond_the_policy_stop_the_listing_with_the_count()
    {
        var pages = Enumerable.Range(1, 10).Select(i => new ResourcePage<string>([], $"t{i}", null)).Append(new(["z"], null, null)).ToArray();
        var resource = new ScriptedResource(pages);

        var act = () => resource.CreateQuery().WithListingPolicy(new ListingPolicy { MaxConsecutiveEmptyPages = 4 }).ToListAsync();

        await act.Should().ThrowAsync<BrokenListingException>().WithMessage(
            "Test ListThings at http://scripted.invalid/ answered 4 empty pages in a row (page 4), each with a new token. " +
            "Raise ListingPolicy.MaxConsecutiveEmptyPages if the service really pages this way. The service or a proxy in between is not paging as the API requires.");
        resource.PagesServed.Should().Be(4);
        (await new ScriptedResource(pages).CreateQuery().ToListAsync()).Should().Equal(["z"], "the default allows 1000 empty pages in a row");
    }

    [Fact]
    public async Task A_page_that_fails_with_a_transient_error_is_asked_for_again_from_its_token()
    {
        var resource = new ScriptedResource(
            new(["a", "b"], "t1", null),
            new(["c"], "t2", null),
            new(["d"], null, null));
        resource.FailAt("t1", Throttled(), Throttled());

        var items = await resource.CreateQuery().WithListingPolicy(Quick(attempts: 3)).ToListAsync();

        items.Should().Equal("a", "b", "c", "d");
        resource.TokensSent.Should().Equal(null, "t1", "t1", "t1", "t2");
    }

    [Fact]
    public async Task When_the_attempts_are_spent_the_error_says_how_many_items_were_read()
    {
        var resource = new ScriptedResource(
            new(["a", "b"], "t1", null),
            new(["c"], "t2", null),
            new(["d"], null, null));
        resource.FailAt("t2", Throttled(), Throttled());
        var read = new List<string>();

        var act = async () =>
        {
            await foreach (var item in resource.CreateQuery().WithListingPolicy(Quick(attempts: 2)).AsAsyncEnumerable())
            {
                read.Add(item);
            }
        };

        var error = (await act.Should().ThrowAsync<ListingInterruptedException>()).Which;
        error.Message.Should().Be(
            "Test ListThings at http://scripted.invalid/ failed on page 3 at each of 2 attempts, after 3 items had been read: Rate exceeded " +
            "The service or the network kept failing; run the query again later, or allow more attempts per page with WithListingPolicy(new ListingPolicy { MaxPageAttempts = ... }).");
        (error.Page, error.ItemsRead).Should().Be((3, 3L));
        error.InnerException.Should().BeOfType<AmazonServiceException>();
        read.Should().Equal("a", "b", "c");
    }

    [Fact]
    public async Task An_error_that_is_not_transient_is_not_retried()
    {
        var resource = new ScriptedResource(new(["a"], "t1", null), new(["b"], null, null));
        resource.FailAt("t1", new AmazonServiceException("Access Denied", ErrorType.Sender, "AccessDenied", "r1", HttpStatusCode.Forbidden));

        var act = () => resource.CreateQuery().ToListAsync();

        (await act.Should().ThrowAsync<AmazonServiceException>()).Which.ErrorCode.Should().Be("AccessDenied");
        resource.TokensSent.Should().Equal(null, "t1");
    }

    [Fact]
    public async Task Cancellation_during_a_backoff_ends_the_listing_without_another_request()
    {
        var resource = new ScriptedResource(new(["a"], "t1", null), new(["b"], null, null));
        resource.FailAt("t1", Throttled(), Throttled());
        using var cancel = new CancellationTokenSource();
        var policy = new ListingPolicy { MaxPageAttempts = 5, BaseDelay = TimeSpan.FromSeconds(30), MaxDelay = TimeSpan.FromSeconds(30) };

        var act = async () =>
        {
            await foreach (var item in resource.CreateQuery().WithListingPolicy(policy).AsAsyncEnumerable().WithCancellation(cancel.Token))
            {
                await cancel.CancelAsync();
            }
        };

        await act.Should().ThrowAsync<OperationCanceledException>();
        resource.TokensSent.Should().HaveCountLessThanOrEqualTo(3, "the backoff is cancelled, not waited out");
    }

    private static ListingPolicy Quick(int attempts) => new() { MaxPageAttempts = attempts, BaseDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(5) };

    private static AmazonServiceException Throttled() =>
        new("Rate exceeded", ErrorType.Sender, "ThrottlingException", "r1", HttpStatusCode.BadRequest);
}
