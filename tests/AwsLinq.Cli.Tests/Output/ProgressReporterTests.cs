using AwsLinq.Cli.Connection;
using AwsLinq.Cli.Output;

namespace AwsLinq.Cli.Tests.Output;

public sealed class ProgressReporterTests
{
    [Fact]
    public async Task On_a_terminal_it_redraws_one_line_and_erases_it_at_the_end()
    {
        using var error = new StringWriter();
        var progress = new ProgressReporter(new CliConsole(TextWriter.Null, error, false, ErrorIsTerminal: true), new RequestCounter());
        progress.AddItem();
        progress.AddItem();

        await Task.Delay(TimeSpan.FromMilliseconds(700));
        await progress.DisposeAsync();

        var text = error.ToString();
        text.Should().StartWith("\r2 items, 0 requests, ").And.NotContain("\n");
        text.Should().MatchRegex(@"\r {20,}\r$", "the line is blanked out so the next output starts clean");
    }

    [Fact]
    public async Task In_a_pipe_it_writes_nothing()
    {
        using var error = new StringWriter();
        var progress = new ProgressReporter(new CliConsole(TextWriter.Null, error, false, ErrorIsTerminal: false), new RequestCounter());
        progress.AddItem();

        await Task.Delay(TimeSpan.FromMilliseconds(400));
        await progress.DisposeAsync();

        error.ToString().Should().BeEmpty();
        progress.Describe().Should().StartWith("1 item, 0 requests, ");
    }
}
