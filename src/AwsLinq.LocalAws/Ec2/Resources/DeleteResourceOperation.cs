using System.Xml.Linq;

namespace AwsLinq.LocalAws.Ec2.Resources;

/// <summary>
/// What <c>DeleteVolume</c>, <c>DeleteSnapshot</c>, <c>DeregisterImage</c> and <c>DeleteSecurityGroup</c> share: one id,
/// checked for its form, its existence and whether the record can go (a volume still attached cannot), then DryRun,
/// then the removal. The checks run again under the table's lock, so two deletes of one record cannot both succeed.
/// </summary>
internal abstract class DeleteResourceOperation<T>(LocalEc2 ec2) : Ec2Operation(ec2)
    where T : class
{
    protected abstract ResourceTable<T> Table { get; }

    public sealed override IReadOnlyList<XElement> Execute(Ec2Parameters request)
    {
        var id = Target(request);
        var kind = Table.Kind;
        if (!kind.IsWellFormed(id))
        {
            throw kind.Malformed(id);
        }

        var record = Table.Find(id) ?? throw kind.NotFound([id]);
        Check(record);
        ThrowIfDryRun(request);
        if (!Table.Remove(id, Check))
        {
            throw kind.NotFound([id]);
        }

        return Answer(record);
    }

    /// <summary>The id the request names; throws MissingParameter when it names none.</summary>
    protected abstract string Target(Ec2Parameters request);

    /// <summary>Throws the EC2 error that keeps the record from being deleted, if any.</summary>
    protected virtual void Check(T record)
    {
    }

    protected virtual IReadOnlyList<XElement> Answer(T record) => [Return()];
}
