using System.Xml.Linq;

namespace AwsLinq.LocalAws.Sts.Operations;

/// <summary>An STS action the endpoint does not serve, logged under its name: InvalidAction, or MissingAction without one.</summary>
internal sealed class UnknownActionOperation(LocalSts sts, string? action) : StsOperation(sts)
{
    public override string Name => action ?? string.Empty;

    public override bool Matches(StsRequest request) => false;

    public override IReadOnlyList<XElement> Execute(StsRequest request) => throw StsErrorException.InvalidAction(action);
}
