using Amazon.EC2;
using Amazon.EC2.Model;
using AwsLinq.LocalAws;
using AwsLinq.Tests.LocalAws.Ec2;

namespace AwsLinq.Tests.Ec2.Images;

/// <summary>What image queries send, asserted on the DescribeImages requests LocalAws served.</summary>
public sealed class ImageTranslationTests : Ec2TestBase
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Server.Ec2.Images.Seed(ImageSpecData.Images);
    }

    private IReadOnlyList<ServedRequest> Requests => Server.Requests.For("ec2", "DescribeImages");

    [Fact]
    public async Task Names_are_wildcards_and_the_owner_is_self_unless_named()
    {
        var own = await Client.Images().Where(i => i.Name.StartsWith("web-") && i.State == ImageState.Available).CountAsync();
        var amazon = await Client.Images(Ec2Owners.Amazon).Where(i => i.Name.StartsWith("amzn2-ami-hvm") && i.Name.EndsWith("-arm64-gp2")).CountAsync();

        own.Should().Be(ImageSpecData.Images.Count(i => i.OwnerId == LocalEc2.AccountId && i.Name.StartsWith("web-", StringComparison.Ordinal) && i.State == "available"));
        amazon.Should().Be(6);
        Requests.Select(r => string.Join(' ', r.Parameters.Select(p => $"{p.Key}={p.Value}"))).Should().Equal(
            "Owners=self Filter:name=web-* Filter:state=available",
            "Owners=amazon Filter:name=amzn2-ami-hvm*");
    }

    [Fact]
    public async Task Block_devices_are_filtered_through_Any_and_creation_dates_as_text()
    {
        var uses = await Client.Images().Where(i => i.BlockDeviceMappings.Any(b => b.Ebs.SnapshotId == "snap-00000000000000009")).Select(i => i.ImageId).ToListAsync();
        var march = await Client.Images().Where(i => i.CreationDate.StartsWith("2024-03")).CountAsync();

        uses.Should().Equal("ami-00000000000000009");
        march.Should().Be(ImageSpecData.Images.Count(i => i.OwnerId == LocalEc2.AccountId && i.CreationDate!.Value.Month == 3));
        Requests.Select(r => r.Parameters.Last()).Should().Equal(
            KeyValuePair.Create("Filter:block-device-mapping.snapshot-id", "snap-00000000000000009"),
            KeyValuePair.Create("Filter:creation-date", "2024-03*"));
    }

    [Fact]
    public async Task Public_images_of_any_owner_are_listed_only_when_asked()
    {
        var any = await Client.Images(Ec2Owners.AnyOwner).Where(i => i.Public == true).CountAsync();

        any.Should().Be(ImageSpecData.Images.Count(i => i.Public));
        Requests.Single().Parameters.Select(p => p.Key).Should().Equal("Filter:is-public");
    }
}
