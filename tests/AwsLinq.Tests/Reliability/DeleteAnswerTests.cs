using AwsLinq.LocalAws;

namespace AwsLinq.Tests.Reliability;

/// <summary>
/// <c>DeleteAllAsync</c> against DeleteObjects answers that are not what S3 sends (issue 9): a 200 with an empty or
/// unparsable body, a key named twice, an error for a key that was not sent. Whatever the answer, succeeded plus failed
/// is what was selected, a key counts as deleted only when it is gone, and every call is counted.
/// </summary>
public sealed class DeleteAnswerTests : IAsyncLifetime
{
    private static readonly string[] Keys = ["k/1", "k/2", "k/3", "k/4", "k/5"];

    private LocalAwsServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await LocalAwsServer.StartAsync();
        _server.S3.CreateBucket("answers");
        _server.S3.SeedObjects("answers", Keys.Select(k => new LocalS3Object(k, 1, DateTimeOffset.UnixEpoch)));
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task An_empty_body_deletes_nothing_and_every_key_is_failed_for_want_of_an_answer()
    {
        var result = await DeleteAllWith(LocalFault.EmptyBody);

        result.Succeeded.Should().BeEmpty();
        result.Failed.Select(f => (f.Id, f.ErrorCode)).Should().Equal(Keys.Select(k => (k, "NoAnswer")));
        Left().Should().Equal(Keys);
        result.Anomalies.Should().BeEmpty();
        ShouldHaveCountedOneCall(result);
    }

    [Fact]
    public async Task An_unparsable_body_stops_the_action_with_every_key_of_the_call_failed()
    {
        _server.S3.Faults.Add("DeleteObjects", LocalFault.UnparsableBody);
        using var s3 = _server.CreateS3Client();

        var delete = () => s3.Objects("answers").DeleteAllAsync();

        var error = (await delete.Should().ThrowAsync<BatchActionException>()).Which;
        error.Message.Should().StartWith("DeleteObjects stopped after 1 call: 0 items were acted on and 5 failed before this error: ");
        error.InnerException.Should().BeOfType<System.Xml.XmlException>();
        var result = error.Result;
        result.Succeeded.Should().BeEmpty();
        result.Failed.Select(f => f.Id).Should().Equal(Keys);
        result.Anomalies.Should().BeEmpty();
        Left().Should().Equal(Keys);
        ShouldHaveCountedOneCall(result);
    }

    [Fact]
    public async Task After_an_empty_body_the_action_goes_on_with_the_next_call()
    {
        var more = SeedThousandMore();
        _server.S3.Faults.Add("DeleteObjects", LocalFault.EmptyBody, times: 1);
        using var s3 = _server.CreateS3Client();

        var result = await s3.Objects("answers").DeleteAllAsync();

        var firstCall = FirstCallOf(more);
        result.Failed.Select(f => (f.Id, f.ErrorCode)).Should().Equal(firstCall.Select(k => (k, "NoAnswer")));
        result.Succeeded.Should().Equal(more.Except(firstCall, StringComparer.Ordinal));
        Left().Should().Equal(firstCall);
        result.Calls.Should().Be(2);
        _server.Requests.For("s3", "DeleteObjects").Select(r => (r.Parameter("ObjectCount"), r.Fault)).Should()
            .Equal(("1000", "empty-body"), ("5", null));
    }

    [Fact]
    public async Task After_an_unparsable_body_the_action_stops_and_sends_no_further_call()
    {
        var more = SeedThousandMore();
        _server.S3.Faults.Add("DeleteObjects", LocalFault.UnparsableBody, times: 1);
        using var s3 = _server.CreateS3Client();

        var delete = () => s3.Objects("answers").DeleteAllAsync();

        var error = (await delete.Should().ThrowAsync<BatchActionException>()).Which;
        var firstCall = FirstCallOf(more);
        error.InnerException.Should().BeOfType<System.Xml.XmlException>();
        error.Result.Failed.Select(f => f.Id).Should().Equal(firstCall);
        error.Result.Succeeded.Should().BeEmpty();
        Left().Should().HaveCount(1_005);
        _server.Requests.For("s3", "DeleteObjects").Select(r => r.Fault).Should().Equal("unparsable-body");
    }

    [Fact]
    public async Task A_key_named_twice_counts_once_as_failed()
    {
        var result = await DeleteAllWith(LocalFault.ErrorForKeyTwice);

        result.Succeeded.Should().Equal(Keys[1..]);
        result.Failed.Select(f => (f.Id, f.ErrorCode)).Should().Equal(("k/1", "InternalError"));
        result.Anomalies.Should().BeEmpty("a key sent and named twice is counted once, and not reported");
        Left().Should().Equal("k/1");
        ShouldHaveCountedOneCall(result);
    }

    [Fact]
    public async Task An_error_for_a_key_not_sent_is_an_anomaly_and_counts_for_no_key()
    {
        var result = await DeleteAllWith(LocalFault.ErrorForUnsentKey);

        result.Succeeded.Should().Equal(Keys);
        result.Failed.Should().BeEmpty();
        result.Anomalies.Should().Equal("DeleteObjects: the service reported an error (InternalError) for 'k/1.unsent', which was not sent.");
        Left().Should().BeEmpty();
        ShouldHaveCountedOneCall(result);
    }

    private async Task<BatchResult> DeleteAllWith(LocalFault fault)
    {
        _server.S3.Faults.Add("DeleteObjects", fault);
        using var s3 = _server.CreateS3Client();
        var result = await s3.Objects("answers").DeleteAllAsync();
        (result.Succeeded.Count + result.Failed.Count).Should().Be(Keys.Length, "succeeded + failed is what was selected");
        return result;
    }

    /// <summary>1,000 keys after the five, so that DeleteAllAsync makes two calls: 1,000 keys, then 5.</summary>
    private List<string> SeedThousandMore()
    {
        var more = Enumerable.Range(0, 1_000).Select(i => $"m/{i:0000}").ToList();
        _server.S3.SeedObjects("answers", more.Select(k => new LocalS3Object(k, 1, DateTimeOffset.UnixEpoch)));
        return more;
    }

    private static List<string> FirstCallOf(List<string> more) => Keys.Concat(more).Order(StringComparer.Ordinal).Take(1_000).ToList();

    private List<string> Left() => _server.S3.ListAll("answers").Select(o => o.Key).ToList();

    private void ShouldHaveCountedOneCall(BatchResult result)
    {
        result.Calls.Should().Be(1);
        var delete = _server.Requests.For("s3", "DeleteObjects").Should().ContainSingle().Subject;
        delete.Parameter("ObjectCount").Should().Be("5");
        delete.StatusCode.Should().Be(200);
    }
}
