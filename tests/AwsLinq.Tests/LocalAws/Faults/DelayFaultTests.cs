using Amazon.SQS.Model;
using AwsLinq.LocalAws;
using Microsoft.Extensions.Time.Testing;

namespace AwsLinq.Tests.LocalAws.Faults;

public class DelayFaultTests : FaultTestBase
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2024, 5, 1, 12, 0, 0, TimeSpan.Zero));

    protected override LocalAwsOptions Options => new() { TimeProvider = _clock };

    [Fact]
    public async Task A_delay_holds_the_answer_until_the_server_clock_has_moved_that_far()
    {
        Server.Sqs.Faults.Add("ListQueues", LocalFault.Delay(TimeSpan.FromSeconds(2)));

        var call = Sqs.ListQueuesAsync(new ListQueuesRequest());
        await Eventually.Holds(() => Server.Requests.Waiting == 1, "the request waiting out its delay");
        _clock.Advance(TimeSpan.FromSeconds(1.5));
        await Task.Delay(50);
        var answeredEarly = call.IsCompleted;
        _clock.Advance(TimeSpan.FromSeconds(0.5));
        await call;

        answeredEarly.Should().BeFalse();
        Served("sqs", "ListQueues").Should().Equal((200, "delay:2000ms"));
    }
}
