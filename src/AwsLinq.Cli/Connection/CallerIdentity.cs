using Amazon.Runtime;
using Amazon.SecurityToken.Model;

namespace AwsLinq.Cli.Connection;

/// <summary>
/// The account, region and endpoint a batch action will touch, printed before anything is changed. The account comes
/// from <c>sts:GetCallerIdentity</c>, which needs no permission; where the endpoint does not serve STS it is unknown.
/// </summary>
/// <param name="Account">The account id, or <see langword="null"/> when STS did not say.</param>
/// <param name="Arn">The caller's ARN, or <see langword="null"/>.</param>
/// <param name="Unknown">Why the account is unknown, or <see langword="null"/>.</param>
/// <param name="Target">The region and endpoint of the action's service.</param>
internal sealed record CallerIdentity(string? Account, string? Arn, string? Unknown, TargetEndpoint Target)
{
    public static async Task<CallerIdentity> LookUpAsync(AwsClientFactory aws, IClientConfig service, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(aws);
        var target = AwsClientFactory.Describe(service);
        try
        {
            using var sts = aws.CreateSts();
            var identity = await sts.GetCallerIdentityAsync(new GetCallerIdentityRequest(), cancellationToken);
            return new CallerIdentity(identity.Account, identity.Arn, null, target);
        }
        catch (AmazonServiceException e)
        {
            return new CallerIdentity(null, null, $"sts:GetCallerIdentity answered {e.ErrorCode ?? ((int)e.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture)}", target);
        }
        catch (HttpRequestException)
        {
            return new CallerIdentity(null, null, "sts:GetCallerIdentity could not be reached", target);
        }
    }

    /// <summary>Gets every region an action over several regions (<c>--regions</c>) touches, or <see langword="null"/> for one.</summary>
    public IReadOnlyList<TargetEndpoint>? Regions { get; init; }

    /// <summary>
    /// One line: <c>account 123456789012, region eu-west-1, endpoint AWS</c>, or over several regions
    /// <c>account 123456789012, regions eu-west-1 (endpoint AWS), us-east-1 (endpoint AWS)</c>.
    /// </summary>
    public override string ToString() => Regions is { } regions
        ? $"account {AccountText}, regions {string.Join(", ", regions.Select(r => $"{r.Region} (endpoint {r.Endpoint})"))}"
        : $"account {AccountText}, region {Target.Region}, endpoint {Target.Endpoint}";

    private string AccountText => Account ?? $"unknown ({Unknown})";
}
