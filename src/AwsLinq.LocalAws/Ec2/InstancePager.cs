using AwsLinq.LocalAws.Ec2.Resources;

namespace AwsLinq.LocalAws.Ec2;

/// <summary>
/// Cuts the listing into <c>DescribeInstances</c> pages. MaxResults counts instances, not reservations, and a page
/// never holds more than MaxResults of them. The reference leaves open how reservations fall on pages; this endpoint
/// keeps a reservation whole on one page when it fits in the room left, moving it to the next page otherwise (so a page
/// may hold fewer instances than MaxResults while a NextToken follows, as EC2's pages often do), and splits only a
/// reservation with more matching instances than MaxResults, its rest opening the next page under the same id.
/// </summary>
internal static class InstancePager
{
    public static InstancePage Page(
        IReadOnlyList<(string Id, LocalEc2Instance[] Instances)> reservations,
        ResourceFilter<LocalEc2Instance> filter,
        ListPosition start,
        int? maxInstances)
    {
        var slices = new List<ReservationSlice>();
        var count = 0;
        ListPosition? last = null;
        for (var r = start.Reservation; r < reservations.Count; r++)
        {
            var (id, instances) = reservations[r];
            var from = r == start.Reservation ? start.Instance : 0;
            var matched = new List<(int Position, LocalEc2Instance Instance)>();
            for (var i = from; i < instances.Length; i++)
            {
                if (filter.Matches(instances[i]))
                {
                    matched.Add((i, instances[i]));
                }
            }

            if (matched.Count == 0)
            {
                continue;
            }

            if (maxInstances is not { } max || count + matched.Count <= max)
            {
                slices.Add(Slice(id, matched));
                count += matched.Count;
                last = new ListPosition(r, matched[^1].Position);
                continue;
            }

            if (count > 0)
            {
                return new InstancePage(slices, new ListPosition(r, from), last);
            }

            slices.Add(Slice(id, matched.Take(max)));
            return new InstancePage(slices, new ListPosition(r, matched[max].Position), new ListPosition(r, matched[max - 1].Position));
        }

        return new InstancePage(slices, null, last);
    }

    private static ReservationSlice Slice(string id, IEnumerable<(int Position, LocalEc2Instance Instance)> matched) =>
        new(id, LocalEc2.AccountId, matched.Select(m => m.Instance).ToList());
}
