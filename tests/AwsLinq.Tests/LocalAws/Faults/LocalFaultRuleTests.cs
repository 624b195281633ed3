using AwsLinq.LocalAws;

namespace AwsLinq.Tests.LocalAws.Faults;

public class LocalFaultRuleTests
{
    [Theory]
    [InlineData("s3:ListObjectsV2=throttling@10%", "s3", "ListObjectsV2", "throttling", 0.1, null)]
    [InlineData("SQS:DeleteQueue=drop-after#1", "sqs", "DeleteQueue", "drop-after", 1.0, 1)]
    [InlineData("ec2:*=delay:200ms@0.5#3", "ec2", "*", "delay:200ms", 0.5, 3)]
    [InlineData("s3:GetObject=error:403:AccessDenied", "s3", "GetObject", "error:403:AccessDenied", 1.0, null)]
    public void Parse_reads_service_operation_fault_rate_and_times(string text, string service, string operation, string fault, double rate, int? times)
    {
        var rule = LocalFaultRule.Parse(text);

        (rule.Service, rule.Operation, rule.Fault.Name, rule.Rate, rule.Times).Should().Be((service, operation, fault, rate, times));
    }

    [Fact]
    public void A_rule_renders_as_it_parses()
    {
        LocalFaultRule.Parse("ec2:*=delay:1.5s@0.25#2").ToString().Should().Be("ec2:*=delay:1500ms@0.25#2");
    }

    [Theory]
    [InlineData("s3:ListObjectsV2=throttling@150%", "'150%' in 's3:ListObjectsV2=throttling@150%' is not a rate: write a fraction from 0 to 1 (@0.1) or a percentage (@10%).")]
    [InlineData("s3:ListObjectsV2=throttling#0", "'0' in 's3:ListObjectsV2=throttling#0' is not a number of times: write #1, #5...")]
    [InlineData("=throttling", "'=throttling' is not a fault rule. Write service:operation=fault[@rate][#times], for example s3:ListObjectsV2=throttling@10%.")]
    public void Parse_says_what_to_write_instead(string text, string message)
    {
        var act = () => LocalFaultRule.Parse(text);

        act.Should().Throw<FormatException>().WithMessage(message);
    }

    [Fact]
    public void Error_faults_take_only_error_statuses()
    {
        var act = () => LocalFault.Error(302, "Found", "moved");

        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
