namespace AwsLinq.LocalAws.Ec2;

/// <summary>
/// One instance's part in a start, stop or terminate: the states EC2 reports (<c>previousState</c>,
/// <c>currentState</c>) and the state the endpoint settles on at once, where EC2 would get there a little later.
/// </summary>
internal sealed record StateChange(string InstanceId, string Previous, string Reported, string Settled);
