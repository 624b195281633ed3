using AwsLinq.LocalAws.Ec2.Resources;

namespace AwsLinq.LocalAws.Ec2.Images;

/// <summary><c>DeregisterImage</c>: removes an image; its snapshots stay, as EC2 keeps them.</summary>
internal sealed class DeregisterImageOperation(LocalEc2 ec2) : DeleteResourceOperation<LocalEc2Image>(ec2)
{
    public override string Name => "DeregisterImage";

    protected override ResourceTable<LocalEc2Image> Table => Ec2.Images.Table;

    protected override string Target(Ec2Parameters request) => request.Required("ImageId");
}
