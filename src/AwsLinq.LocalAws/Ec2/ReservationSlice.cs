namespace AwsLinq.LocalAws.Ec2;

/// <summary>A reservation as one response shows it: its id, its owner, and those of its instances the response holds.</summary>
internal sealed record ReservationSlice(string ReservationId, string OwnerId, IReadOnlyList<LocalEc2Instance> Instances);
