using Amazon.EC2.Model;
using AwsLinq.LocalAws;

namespace AwsLinq.Tests.LocalAws.Ec2.Images;

/// <summary>DescribeImages and DeregisterImage through the SDK: fields, owners, deprecation, filters and errors.</summary>
public sealed class LocalEc2ImageTests : Ec2TestBase
{
    private const string Amazon = "137112412989";

    private static readonly LocalEc2Image Own = new()
    {
        ImageId = "ami-0aaaaaaaaaaaaaaaa",
        Name = "build-2024-05-01",
        Description = "web server",
        Architecture = "arm64",
        CreationDate = Launched,
        SnapshotIds = ["snap-0bbbbbbbbbbbbbbbb", "snap-0cccccccccccccccc"],
        Tags = new Dictionary<string, string> { ["app"] = "web" },
    };

    [Fact]
    public async Task An_image_reads_back_with_every_field_EC2_reports()
    {
        State.Images.Seed([Own]);

        var image = (await Client.DescribeImagesAsync(new DescribeImagesRequest())).Images.Single();

        (image.ImageId, image.Name, image.Description, image.State.Value, image.OwnerId, image.Public).Should().Be(("ami-0aaaaaaaaaaaaaaaa", "build-2024-05-01", "web server", "available", LocalEc2.AccountId, false));
        (image.Architecture.Value, image.ImageType.Value, image.RootDeviceType.Value, image.CreationDate, image.PlatformDetails).Should().Be(("arm64", "machine", "ebs", "2024-05-01T12:00:00.000Z", "Linux/UNIX"));
        image.BlockDeviceMappings.Select(b => (b.DeviceName, b.Ebs.SnapshotId)).Should().Equal(("/dev/xvda", "snap-0bbbbbbbbbbbbbbbb"), ("/dev/sdb", "snap-0cccccccccccccccc"));
        image.Tags.Should().ContainSingle().Which.Should().BeEquivalentTo(new Tag("app", "web"));
    }

    [Fact]
    public async Task Owners_executable_by_and_deprecation_narrow_what_is_listed()
    {
        var own = State.Images.Seed([Own with { DeprecationTime = Launched }]).Single();
        var amazon = State.Images.Seed([new LocalEc2Image { OwnerId = Amazon, OwnerAlias = "amazon", Public = true }]).Single();
        var old = State.Images.Seed([new LocalEc2Image { OwnerId = Amazon, OwnerAlias = "amazon", Public = true, DeprecationTime = Launched }]).Single();
        var disabled = State.Images.Seed([new LocalEc2Image { State = "disabled" }]).Single();
        State.Images.Seed([new LocalEc2Image { OwnerId = "999999999999" }]);

        async Task<IEnumerable<string>> Ids(DescribeImagesRequest request) => (await Client.DescribeImagesAsync(request)).Images?.Select(i => i.ImageId) ?? [];

        (await Ids(new DescribeImagesRequest())).Should().Equal(own, amazon);
        (await Ids(new DescribeImagesRequest { Owners = ["amazon"], IncludeDeprecated = true })).Should().Equal(amazon, old);
        (await Ids(new DescribeImagesRequest { Owners = ["self"], IncludeDisabled = true })).Should().Equal(own, disabled);
        (await Ids(new DescribeImagesRequest { ExecutableUsers = ["all"] })).Should().Equal(amazon);
    }

    public static TheoryData<string, string> Filters => new()
    {
        { "image-id", "ami-0aaaaaaaaaaaaaaaa" },
        { "name", "build-*" },
        { "description", "web server" },
        { "state", "available" },
        { "owner-id", LocalEc2.AccountId },
        { "is-public", "false" },
        { "architecture", "arm64" },
        { "creation-date", "2024-05-01T*" },
        { "block-device-mapping.snapshot-id", "snap-0cccccccccccccccc" },
        { "block-device-mapping.device-name", "/dev/sdb" },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task Each_filter_of_the_reference_selects_by_its_field(string name, string value)
    {
        State.Images.Seed([Own, new LocalEc2Image { OwnerId = Amazon, OwnerAlias = "amazon", Public = true, Name = "amzn2", State = "pending", Architecture = "x86_64", Description = "amazon linux", CreationDate = Launched.AddYears(-1) }]);

        var images = (await Client.DescribeImagesAsync(new DescribeImagesRequest { Filters = [Filter(name, value)] })).Images;

        images.Should().ContainSingle().Which.ImageId.Should().Be("ami-0aaaaaaaaaaaaaaaa");
    }

    [Fact]
    public async Task DeregisterImage_removes_the_image_and_keeps_its_snapshots()
    {
        var snapshot = State.Snapshots.Seed([new LocalEc2Snapshot()]).Single();
        var id = State.Images.Seed([new LocalEc2Image { SnapshotIds = [snapshot] }]).Single();

        var dryRun = await FailureOf(() => Client.DeregisterImageAsync(new DeregisterImageRequest { ImageId = id, DryRun = true }));
        await Client.DeregisterImageAsync(new DeregisterImageRequest { ImageId = id });
        var gone = await FailureOf(() => Client.DeregisterImageAsync(new DeregisterImageRequest { ImageId = id }));
        var malformed = await FailureOf(() => Client.DeregisterImageAsync(new DeregisterImageRequest { ImageId = "ami-1" }));

        dryRun.ErrorCode.Should().Be("DryRunOperation");
        (gone.ErrorCode, gone.Message).Should().Be(("InvalidAMIID.NotFound", $"The image id '[{id}]' does not exist"));
        (malformed.ErrorCode, malformed.Message).Should().Be(("InvalidAMIID.Malformed", "Invalid id: \"ami-1\" (expecting \"ami-...\")"));
        State.Images.All().Should().BeEmpty();
        State.Snapshots.All().Should().ContainSingle();
    }
}
