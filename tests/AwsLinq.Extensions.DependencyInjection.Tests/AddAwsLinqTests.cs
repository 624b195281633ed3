using Amazon.Runtime;
using Amazon.S3;
using Amazon.SQS;
using AwsLinq.LocalAws;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;

namespace AwsLinq.Extensions.DependencyInjection.Tests;

/// <summary>
/// A host configured as an application would be: the AWS SDK's <c>AddAWSService</c> for the clients, pointed at
/// LocalAws through the <c>AWS</c> configuration section, and <c>AddAwsLinq</c> bound from the <c>AwsLinq</c> section.
/// </summary>
public sealed class AddAwsLinqTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Written = new(2024, 5, 1, 12, 0, 0, TimeSpan.Zero);
    private LocalAwsServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await LocalAwsServer.StartAsync();
        _server.S3.CreateBucket("photos");
        _server.S3.SeedObjects("photos", new[] { "a/1.jpg", "a/2.jpg", "a/3.jpg", "b/1.jpg" }.Select((key, i) => new LocalS3Object(key, 10L * (i + 1), Written)));
        _server.Sqs.SeedQueues(["orders", "orders-dlq", "billing"]);
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task A_query_through_the_host_uses_the_SDK_client_and_the_configured_page_size()
    {
        using var host = Host(new() { ["AwsLinq:PageSize"] = "2" }, aws => aws.AddS3());
        await host.StartAsync();

        var s3 = host.Services.GetRequiredService<S3Queries>();
        var keys = await s3.Objects("photos").Where(o => o.Key.StartsWith("a/")).Select(o => o.Key).ToListAsync();

        keys.Should().Equal("a/1.jpg", "a/2.jpg", "a/3.jpg");
        s3.Client.Should().BeSameAs(host.Services.GetRequiredService<IAmazonS3>());
        _server.Requests.For("s3", "ListObjectsV2", "photos").Select(r => (r.Parameter("Prefix"), r.Parameter("MaxKeys")))
            .Should().Equal(("a/", "2"), ("a/", "2"));
        await host.StopAsync();
    }

    [Fact]
    public async Task Strict_mode_from_configuration_refuses_to_filter_in_memory()
    {
        using var host = Host(new() { ["AwsLinq:ServerSideOnly"] = "true" }, aws => aws.AddS3());
        var s3 = host.Services.GetRequiredService<S3Queries>();

        var act = () => s3.Objects("photos").Where(o => o.Size > 10).ToListAsync();

        (await act.Should().ThrowAsync<InvalidOperationException>()).Which.Message.Should().StartWith("The LINQ expression 'o => o.Size > 10' could not be translated");
        _server.Requests.For("s3", "ListObjectsV2", "photos").Should().BeEmpty();
    }

    [Fact]
    public async Task SQS_queries_get_the_configured_concurrency_and_page_size()
    {
        using var host = Host(new() { ["AwsLinq:PageSize"] = "1", ["AwsLinq:MaxConcurrency"] = "1" }, aws => aws.AddSqs());

        var names = await host.Services.GetRequiredService<SqsQueries>().Queues().Where(q => q.Name.StartsWith("orders")).Select(q => q.Name).ToListAsync();

        names.Should().BeEquivalentTo("orders", "orders-dlq");
        host.Services.GetRequiredService<IOptions<AwsLinqOptions>>().Value.MaxConcurrency.Should().Be(1);
        _server.Requests.For("sqs", "ListQueues").Should().OnlyContain(r => r.Parameter("MaxResults") == "1");
    }

    [Fact]
    public async Task Options_that_fit_no_service_fail_the_host_at_start()
    {
        using var host = Host(new() { ["AwsLinq:PageSize"] = "0", ["AwsLinq:MaxConcurrency"] = "0" }, aws => aws.AddS3());

        var act = () => host.StartAsync();

        (await act.Should().ThrowAsync<OptionsValidationException>()).Which.Failures.Should().Equal(
            "AwsLinq:PageSize must be at least 1, but was 0. Remove it to use each service's own page size.",
            "AwsLinq:MaxConcurrency must be at least 1 (one call at a time), but was 0.");
    }

    [Fact]
    public void A_query_service_without_its_client_says_how_to_register_one()
    {
        var services = new ServiceCollection();
        services.AddAwsLinq().AddEc2();
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });

        var act = () => provider.GetRequiredService<Ec2Queries>();

        act.Should().Throw<InvalidOperationException>().WithMessage(
            "Ec2Queries needs an IAmazonEC2 client, and none is registered. " +
            "Register one with services.AddAWSService<IAmazonEC2>() (AWSSDK.Extensions.NETCore.Setup) or services.AddSingleton<IAmazonEC2>(...).");
    }

    [Fact]
    public async Task Queries_log_through_the_container_with_the_configured_warning_threshold()
    {
        var logs = new FakeLogCollector();
        using var host = Host(new() { ["AwsLinq:InMemoryWarningThreshold"] = "3", ["Logging:LogLevel:AwsLinq"] = "Debug" }, aws => aws.AddS3(), logs);
        var s3 = host.Services.GetRequiredService<S3Queries>();

        var large = await s3.Objects("photos").Where(o => o.Size > 10).Select(o => o.Key).ToListAsync();

        large.Should().Equal("a/2.jpg", "a/3.jpg", "b/1.jpg");
        var entries = logs.GetSnapshot().Where(e => e.Category == "AwsLinq").ToArray();
        entries.Select(e => e.Level).Should().Equal(LogLevel.Debug, LogLevel.Warning);
        entries[1].Message.Should().StartWith("The query over S3 ListObjectsV2 of bucket 'photos' evaluated 'where o => o.Size > 10; select o => o.Key' in memory over 4 listed items, more than the warning threshold of 3.");
    }

    [Fact]
    public void Options_set_in_code_apply_without_configuration()
    {
        var services = new ServiceCollection();
        services.AddAwsLinq(o => o.PageSize = 7);
        using var provider = services.BuildServiceProvider();

        provider.GetRequiredService<IOptions<AwsLinqOptions>>().Value.PageSize.Should().Be(7);
    }

    private IHost Host(Dictionary<string, string?> settings, Action<AwsLinqBuilder> add, FakeLogCollector? logs = null)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        if (logs is not null)
        {
            builder.Logging.ClearProviders().AddProvider(new FakeLoggerProvider(logs));
        }

        settings["AWS:ServiceURL"] = _server.ServiceUrl.ToString();
        builder.Configuration.AddInMemoryCollection(settings);

        var awsOptions = builder.Configuration.GetAWSOptions();
        awsOptions.Credentials = new BasicAWSCredentials("local", "local");
        builder.Services.AddDefaultAWSOptions(awsOptions);
        builder.Services.AddAWSService<IAmazonS3>();
        builder.Services.AddAWSService<IAmazonSQS>();
        add(builder.Services.AddAwsLinq(builder.Configuration.GetSection(AwsLinqOptions.SectionName)));
        return builder.Build();
    }
}
