namespace AwsLinq.LocalAws.Ec2;

/// <summary>
/// A place in the listing order: the reservation (by creation order) and the instance within it where a page starts.
/// Instances are never removed (terminated ones stay listed), so a position stays valid as instances are added.
/// </summary>
internal readonly record struct ListPosition(int Reservation, int Instance)
{
    public static ListPosition Start => default;
}
