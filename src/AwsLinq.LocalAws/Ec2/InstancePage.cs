namespace AwsLinq.LocalAws.Ec2;

/// <summary>One page of <c>DescribeInstances</c>: the reservations with their matching instances, and where the next page starts.</summary>
/// <param name="Reservations">The reservations in listing order, each with at least one instance.</param>
/// <param name="Next">Where the next page starts, or <see langword="null"/> when no matching instance is left.</param>
/// <param name="Last">Where the page's last instance is, or <see langword="null"/> when the page is empty.</param>
internal sealed record InstancePage(IReadOnlyList<ReservationSlice> Reservations, ListPosition? Next, ListPosition? Last)
{
    public int InstanceCount => Reservations.Sum(r => r.Instances.Count);
}
