using System.Xml.Linq;

namespace AwsLinq.LocalAws.Ec2.Operations;

/// <summary>
/// A request whose <c>Action</c> the endpoint does not serve, logged under that action: InvalidAction, or
/// MissingAction when there is none.
/// </summary>
internal sealed class UnknownActionOperation(LocalEc2 ec2, string? action) : Ec2Operation(ec2)
{
    public override string Name => action ?? string.Empty;

    public override bool Matches(Ec2Request request) => false;

    public override IReadOnlyList<XElement> Execute(Ec2Parameters request) =>
        throw (string.IsNullOrEmpty(action) ? Ec2Errors.MissingAction() : Ec2Errors.InvalidAction(action));
}
