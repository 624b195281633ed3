using System.Xml.Linq;

namespace AwsLinq.LocalAws.Ec2.Resources;

/// <summary>
/// What the Describe calls of the resources other than instances share: the ids of <c>&lt;IdParameter&gt;.N</c> (all
/// when none are; the first malformed one fails the request, then all unknown ones together), <c>Filter.N</c>,
/// <c>MaxResults</c> and <c>NextToken</c>, and the records in creation order. Without MaxResults, one page holds
/// everything that is left.
/// </summary>
internal abstract class DescribeResourcesOperation<T>(LocalEc2 ec2) : Ec2Operation(ec2)
    where T : class
{
    protected abstract ResourceTable<T> Table { get; }

    /// <summary>Gets the name of the id list parameter, without its index (<c>VolumeId</c>).</summary>
    protected abstract string IdParameter { get; }

    protected abstract FilterFields<T> Fields { get; }

    protected abstract PageLimits Limits { get; }

    /// <summary>Gets the name of the answer's list (<c>volumeSet</c>).</summary>
    protected abstract string SetName { get; }

    public sealed override IReadOnlyList<XElement> Execute(Ec2Parameters request)
    {
        var ids = request.List(IdParameter);
        var max = Limits.Read(request, ids.Count > 0);
        RequireVisible(Table, ids);
        var scope = Scope(request);
        var filter = ResourceFilter<T>.Parse(request, Fields, Table.Kind.Id, ids);
        var start = ResourceTokens.Start(Table.Kind.Name, request);
        ThrowIfDryRun(request);
        var page = Table.Page(r => Visible(r) && scope(r) && filter.Matches(r), start, max) ?? throw Ec2Errors.InvalidPaginationToken();
        var set = Ec2Xml.Set(SetName, page.Items.Select(Item));
        return page.Next is { } next ? [set, Ec2Xml.Element("nextToken", ResourceTokens.Encode(Table.Kind.Name, next))] : [set];
    }

    /// <summary>The children of one record's <c>item</c> element.</summary>
    protected abstract object?[] Item(T record);

    /// <summary>Whether the account can see the record at all (another account's private snapshot it cannot).</summary>
    protected virtual bool Visible(T record) => true;

    /// <summary>What the request's own parameters (<c>Owner.N</c>...) narrow the listing to; reads and checks them.</summary>
    protected virtual Func<T, bool> Scope(Ec2Parameters request) => _ => true;

    /// <summary>Checks ids: the first malformed one fails the request, then all those that name nothing visible, together.</summary>
    protected void RequireVisible(ResourceTable<T> table, IReadOnlyList<string> ids)
    {
        if (ids.FirstOrDefault(id => !table.Kind.IsWellFormed(id)) is { } malformed)
        {
            throw table.Kind.Malformed(malformed);
        }

        var missing = ids.Where(id => table.Find(id) is not { } record || !Visible(record)).Distinct(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            throw table.Kind.NotFound(missing);
        }
    }
}
