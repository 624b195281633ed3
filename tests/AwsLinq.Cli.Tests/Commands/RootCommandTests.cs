using System.Reflection;
using AwsLinq.Cli.Tests.Infrastructure;

namespace AwsLinq.Cli.Tests.Commands;

public sealed class RootCommandTests
{
    public static TheoryData<string> Commands() =>
    [
        "", "s3", "s3 buckets", "s3 objects", "s3 delete", "ec2", "ec2 instances", "ec2 start", "ec2 stop", "ec2 reboot",
        "ec2 terminate", "ec2 tag", "ec2 untag", "ec2 snapshots", "ec2 delete-snapshots", "ec2 tag-volumes", "sqs", "sqs queues", "sqs delete", "sqs purge",
        "sqs dead-letter-sources", "sqs purge-dead-letter-sources", "local", "local serve", "demo",
    ];

    [Fact]
    public async Task Version_prints_the_cli_assembly_version()
    {
        var result = await Run("--version");

        var expected = typeof(Cli).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;
        result.ExitCode.Should().Be(0);
        result.Out.Should().Be(expected + Environment.NewLine);
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Every_command_has_help(string command)
    {
        var result = await Run([.. command.Split(' ', StringSplitOptions.RemoveEmptyEntries), "--help"]);

        result.ExitCode.Should().Be(0);
        result.Out.Should().Contain("Description:").And.Contain($"Usage:{Environment.NewLine}  awslinq {command}".TrimEnd());
        result.Error.Should().BeEmpty();
    }

    [Fact]
    public async Task Root_help_lists_the_commands()
    {
        var result = await Run("--help");

        result.OutLines.Select(l => l.Trim().Split(' ')[0]).Should().Contain(["s3", "ec2", "sqs", "local", "demo"]);
    }

    [Fact]
    public async Task Service_commands_document_the_connection_options()
    {
        var result = await Run("ec2", "instances", "--help");

        result.Out.Should().Contain("--endpoint-url").And.Contain("--region").And.Contain("--profile").And.Contain("--where");
    }

    [Fact]
    public async Task No_command_is_a_usage_error_without_the_help_text()
    {
        var result = await Run();

        result.ExitCode.Should().Be(2);
        result.Out.Should().BeEmpty();
        result.Error.Should().Be("awslinq: Required command was not provided." + Environment.NewLine + "Run 'awslinq --help' to see the options." + Environment.NewLine);
    }

    [Fact]
    public async Task An_unknown_output_format_is_refused_before_anything_is_sent()
    {
        var result = await Run("s3", "buckets", "--output", "xml");

        result.ExitCode.Should().Be(2);
        result.Error.Should().StartWith("awslinq: Argument 'xml' not recognized. Must be one of:");
        result.Error.Should().EndWith("Run 'awslinq s3 buckets --help' to see the options." + Environment.NewLine);
    }

    private static async Task<CliResult> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await Cli.RunAsync(args, output, error, CancellationToken.None);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }
}
