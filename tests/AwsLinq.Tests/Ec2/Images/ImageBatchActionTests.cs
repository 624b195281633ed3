using Amazon.EC2;
using Amazon.EC2.Model;
using AwsLinq.LocalAws;
using AwsLinq.Tests.LocalAws.Ec2;

namespace AwsLinq.Tests.Ec2.Images;

/// <summary>Deregistering images: one call per image, a dry run that asks EC2, and a result that adds up.</summary>
public sealed class ImageBatchActionTests : Ec2TestBase
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Server.Ec2.Images.Seed(ImageSpecData.Images);
    }

    private IQueryable<Image> Failed => Client.Images().Where(i => i.State == ImageState.Failed || i.State == ImageState.Pending);

    private IReadOnlyList<string> Expected => ImageSpecData.Images.Where(i => i.OwnerId == LocalEc2.AccountId && i.State is "failed" or "pending").Select(i => i.ImageId!).ToList();

    [Fact]
    public async Task DeregisterAllAsync_deregisters_each_selected_image_and_leaves_the_others()
    {
        var result = await Failed.DeregisterAllAsync();

        Server.Requests.For("ec2", "DeregisterImage").Select(r => r.Parameter("ImageId")).Should().BeEquivalentTo(Expected);
        Server.Ec2.Images.All().Should().HaveCount(ImageSpecData.Images.Count - Expected.Count);
        result.Succeeded.Should().BeEquivalentTo(Expected);
        result.ToString().Should().Be($"DeregisterImage: {Expected.Count} selected, {Expected.Count} succeeded, 0 failed in {Expected.Count} calls");
    }

    [Fact]
    public async Task A_refused_call_fails_its_image_and_the_others_go_on()
    {
        Server.Ec2.Faults.FailAction("DeregisterImage", "UnauthorizedOperation", "You are not authorized to perform this operation.", times: 1);

        var result = await Failed.DeregisterAllAsync(new BatchOptions { DryRun = true });

        (result.Selected, result.Succeeded.Count, result.Failed.Count).Should().Be((Expected.Count, Expected.Count - 1, 1));
        result.Failed[0].ErrorCode.Should().Be("UnauthorizedOperation");
        Server.Ec2.Images.All().Should().HaveCount(ImageSpecData.Images.Count);
    }

    [Fact]
    public async Task Tags_are_removed_per_page_of_ids()
    {
        var result = await Client.Images().Where(i => i.Tag("app") == "web").DeleteTagsAsync(["app"]);

        Server.Requests.For("ec2", "DeleteTags").Single().Parameter("Tags").Should().Be("app");
        Server.Ec2.Images.All().Should().NotContain(i => i.Tags.GetValueOrDefault("app") == "web");
        result.Selected.Should().Be(ImageSpecData.Images.Count(i => i.Tags.GetValueOrDefault("app") == "web"));
    }
}
