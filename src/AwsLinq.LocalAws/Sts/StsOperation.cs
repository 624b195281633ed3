using System.Globalization;
using System.Xml.Linq;
using AwsLinq.LocalAws.Hosting;

namespace AwsLinq.LocalAws.Sts;

/// <summary>One STS action: its name, and the elements of its <c>...Result</c>.</summary>
internal abstract class StsOperation(LocalSts sts) : ServiceOperation<StsRequest>
{
    protected LocalSts Sts { get; } = sts;

    public sealed override Task<ServiceResponse> ExecuteAsync(StsRequest request) =>
        Task.FromResult(StsXml.Response(Name, request.RequestId, Execute(request)));

    /// <summary>Validates and runs the request, or throws <see cref="StsErrorException"/>.</summary>
    public abstract IReadOnlyList<XElement> Execute(StsRequest request);

    /// <summary>Issues credentials for the request's <c>RoleArn</c>, <c>RoleSessionName</c> and <c>DurationSeconds</c> (900 to 43,200; 3,600 by default).</summary>
    protected IReadOnlyList<XElement> AssumeRole(StsRequest request, params XElement[] extra)
    {
        var roleArn = request.Required("RoleArn");
        var session = request.Required("RoleSessionName");
        var duration = request.Value("DurationSeconds") is { } text
            ? int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds is >= 900 and <= 43_200
                ? seconds
                : throw StsErrorException.Validation($"1 validation error detected: Value '{text}' at 'durationSeconds' failed to satisfy constraint: Member must have value between 900 and 43200")
            : 3600;
        var (credentials, role) = Sts.Assume(roleArn, session, duration);
        return
        [
            credentials.ToXml(),
            StsXml.Element("AssumedRoleUser", StsXml.Element("AssumedRoleId", role.AssumedRoleId), StsXml.Element("Arn", role.Arn)),
            .. extra,
        ];
    }
}
