namespace AwsLinq.LocalAws.Ec2;

/// <summary>
/// The EC2 errors the endpoint answers with, with the codes of the reference's "Error codes" page and the messages
/// EC2 sends. Client errors are 400, except DryRunOperation, which EC2 sends as 412.
/// </summary>
internal static class Ec2Errors
{
    public static Ec2ErrorException DryRunOperation() =>
        new(412, "DryRunOperation", "Request would have succeeded, but DryRun flag is set.");

    public static Ec2ErrorException InvalidAction(string action) =>
        new(400, "InvalidAction", $"The action {action} is not valid for this web service.");

    public static Ec2ErrorException MissingAction() =>
        new(400, "MissingAction", "The request must contain the parameter Action.");

    public static Ec2ErrorException MissingParameter(string name) =>
        new(400, "MissingParameter", $"The request must contain the parameter {name}");

    public static Ec2ErrorException InvalidParameterValue(string message) =>
        new(400, "InvalidParameterValue", message);

    public static Ec2ErrorException InvalidParameterCombination(string message) =>
        new(400, "InvalidParameterCombination", message);

    public static Ec2ErrorException FilterLimitExceeded() =>
        new(400, "FilterLimitExceeded", "The maximum number of filter values specified on a single call is 200");

    public static Ec2ErrorException InvalidPaginationToken() =>
        new(400, "InvalidPaginationToken", "The specified pagination token is not valid or is expired.");

    public static Ec2ErrorException InstanceIdMalformed(string id) =>
        new(400, "InvalidInstanceID.Malformed", $"Invalid id: \"{id}\" (expecting \"i-...\")");

    public static Ec2ErrorException InstanceIdNotFound(IReadOnlyList<string> ids) =>
        ids.Count == 1
            ? new(400, "InvalidInstanceID.NotFound", $"The instance ID '{ids[0]}' does not exist")
            : new(400, "InvalidInstanceID.NotFound", $"The instance IDs '{string.Join(", ", ids)}' do not exist");

    public static Ec2ErrorException InvalidId(string id) =>
        new(400, "InvalidID", $"The ID '{id}' is not valid");

    public static Ec2ErrorException IncorrectInstanceState(string id, string action) =>
        new(400, "IncorrectInstanceState", $"The instance '{id}' is not in a state from which it can be {action}.");

    public static Ec2ErrorException UnsupportedOperation(string message) =>
        new(400, "UnsupportedOperation", message);

    public static Ec2ErrorException InternalError(Exception cause) =>
        new(500, "InternalError", "An internal error has occurred (" + cause.Message + ")");
}
