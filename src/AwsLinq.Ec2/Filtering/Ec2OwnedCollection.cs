using Amazon.EC2;

namespace AwsLinq.Ec2.Filtering;

/// <summary>
/// An EC2 collection whose listing names the owners it asks for (<c>Owner.N</c>: snapshots, images): every request
/// sends them, and plans say whose items are listed.
/// </summary>
internal abstract class Ec2OwnedCollection<TItem, TRequest, TResponse>(IAmazonEC2 client, string operation, PageSizeRange pageSize, Ec2Owners owners)
    : Ec2Collection<TItem, TRequest, TResponse>(client, operation, pageSize)
    where TItem : class
    where TRequest : new()
{
    public override string Describe() => $"{base.Describe()} owned by {owners}";

    /// <summary>Sets the request's owners.</summary>
    protected abstract void SetOwners(TRequest request, List<string> owners);

    protected sealed override void AddFixed(ListingRequest<TRequest> request)
    {
        if (owners.Values.Count > 0)
        {
            request.Add("Owners", owners.ToString(), r => SetOwners(r, [.. owners.Values]));
        }
    }
}
