using AwsLinq.LocalAws.Ec2.Resources;

namespace AwsLinq.LocalAws.Ec2.Images;

/// <summary>
/// <c>DescribeImages</c>: the images the account can see (its own, public ones and those shared with it), narrowed by
/// <c>ImageId.N</c>, <c>Owner.N</c>, <c>ExecutableBy.N</c> and <c>Filter.N</c>, paged by <c>MaxResults</c> (5 to 1000)
/// and <c>NextToken</c>. Other owners' deprecated images need <c>IncludeDeprecated</c>, disabled ones
/// <c>IncludeDisabled</c>. Without an owner, every public image is listed too, as EC2 lists them.
/// </summary>
internal sealed class DescribeImagesOperation(LocalEc2 ec2) : DescribeResourcesOperation<LocalEc2Image>(ec2)
{
    public override string Name => "DescribeImages";

    protected override ResourceTable<LocalEc2Image> Table => Ec2.Images.Table;

    protected override string IdParameter => "ImageId";

    protected override FilterFields<LocalEc2Image> Fields => ImageModel.Fields;

    protected override PageLimits Limits { get; } = new(5, 1000);

    protected override string SetName => "imagesSet";

    protected override object?[] Item(LocalEc2Image record) => ImageModel.Item(record);

    protected override bool Visible(LocalEc2Image record) => ImageModel.Visible(record);

    protected override Func<LocalEc2Image, bool> Scope(Ec2Parameters request)
    {
        var owners = Owners.Named(request.List("Owner"));
        var executable = Owners.UsableBy(request.List("ExecutableBy"));
        var deprecated = request.Flag("IncludeDeprecated");
        var disabled = request.Flag("IncludeDisabled");
        var now = Ec2.TimeProvider.GetUtcNow();

        // The reference: "If you are the AMI owner, all deprecated AMIs appear in the response regardless of what you specify."
        return i => owners(i.OwnerId, i.OwnerAlias) && executable(i.OwnerId, i.Public, i.SharedWith)
            && (deprecated || i.OwnerId == LocalEc2.AccountId || i.DeprecationTime is not { } time || time > now)
            && (disabled || i.State != "disabled");
    }
}
