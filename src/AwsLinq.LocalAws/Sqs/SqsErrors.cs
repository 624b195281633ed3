using System.Globalization;

namespace AwsLinq.LocalAws.Sqs;

/// <summary>
/// The SQS errors the endpoint answers with, with the shape ids, query codes and messages SQS sends (the query
/// protocol sends the code in its error body, JSON 1.0 in <c>x-amzn-query-error</c>). Modeled errors use
/// <c>com.amazonaws.sqs#</c>; validation errors come from the service framework (coral).
/// </summary>
internal static class SqsErrors
{
    /// <summary>The namespace of SQS's modeled errors in <c>__type</c>.</summary>
    public const string Namespace = "com.amazonaws.sqs#";

    private const string Sqs = Namespace;
    private const string Coral = "com.amazon.coral.service#";

    public static SqsErrorException QueueDoesNotExist() =>
        new(Sqs + "QueueDoesNotExist", "AWS.SimpleQueueService.NonExistentQueue", "The specified queue does not exist.",
            queryMessage: "The specified queue does not exist for this wsdl version.");

    public static SqsErrorException InvalidParameterValue(string message) =>
        new(Coral + "InvalidParameterValueException", "InvalidParameterValue", message);

    public static SqsErrorException OutOfRange(string parameter, string value, string reason) =>
        InvalidParameterValue($"Value {value} for parameter {parameter} is invalid. Reason: {reason}");

    public static SqsErrorException MissingParameter(string parameter) =>
        new(Coral + "MissingRequiredParameterException", "MissingParameter",
            $"The request must contain the parameter {parameter}.");

    public static SqsErrorException InvalidAttributeName(string name) =>
        new(Sqs + "InvalidAttributeName", "InvalidAttributeName", $"Unknown Attribute {name}.");

    public static SqsErrorException InvalidAttributeValue(string name) =>
        new(Sqs + "InvalidAttributeValue", "InvalidAttributeValue", $"Invalid value for the parameter {name}.");

    public static SqsErrorException QueueNameExists(string attribute) =>
        new(Sqs + "QueueNameExists", "QueueAlreadyExists",
            $"A queue already exists with the same name and a different value for attribute {attribute}");

    public static SqsErrorException ReceiptHandleIsInvalid(string handle) =>
        new(Sqs + "ReceiptHandleIsInvalid", "ReceiptHandleIsInvalid",
            $"The input receipt handle \"{handle}\" is not a valid receipt handle.");

    public static SqsErrorException PurgeQueueInProgress(string queueName) =>
        new(Sqs + "PurgeQueueInProgress", "AWS.SimpleQueueService.PurgeQueueInProgress",
            $"Only one PurgeQueue operation on {queueName} is allowed every 60 seconds.");

    public static SqsErrorException MessageTooLong(int limit) =>
        InvalidParameterValue(string.Create(CultureInfo.InvariantCulture,
            $"One or more parameters are invalid. Reason: Message must be shorter than {limit} bytes."));

    public static SqsErrorException SerializationException(string message) =>
        new(Coral + "SerializationException", "MalformedInput", message);

    public static SqsErrorException UnsupportedOperation(string operation) =>
        new(Sqs + "UnsupportedOperation", "AWS.SimpleQueueService.UnsupportedOperation",
            $"The local AWS endpoint does not emulate the SQS operation {operation}.");

    public static SqsErrorException EmptyBatchRequest(string entryType) =>
        new(Sqs + "EmptyBatchRequest", "AWS.SimpleQueueService.EmptyBatchRequest", $"There should be at least one {entryType} in the request.");

    public static SqsErrorException TooManyEntriesInBatchRequest(int limit, int count) =>
        new(Sqs + "TooManyEntriesInBatchRequest", "AWS.SimpleQueueService.TooManyEntriesInBatchRequest",
            string.Create(CultureInfo.InvariantCulture, $"Maximum number of entries per request are {limit}. You have sent {count}."));

    public static SqsErrorException InvalidBatchEntryId() =>
        new(Sqs + "InvalidBatchEntryId", "AWS.SimpleQueueService.InvalidBatchEntryId",
            "A batch entry id can only contain alphanumeric characters, hyphens and underscores. It can be at most 80 letters long.");

    public static SqsErrorException BatchEntryIdsNotDistinct(string id) =>
        new(Sqs + "BatchEntryIdsNotDistinct", "AWS.SimpleQueueService.BatchEntryIdsNotDistinct", $"Id {id} repeated.");

    public static SqsErrorException BatchRequestTooLong(int limit, int size) =>
        new(Sqs + "BatchRequestTooLong", "AWS.SimpleQueueService.BatchRequestTooLong",
            string.Create(CultureInfo.InvariantCulture, $"Batch requests cannot be longer than {limit} bytes. You have sent {size} bytes."));

    public static SqsErrorException MessageNotInflight() =>
        new(Sqs + "MessageNotInflight", "AWS.SimpleQueueService.MessageNotInflight",
            "Message does not exist or is not available for visibility timeout change.");

    public static SqsErrorException InvalidAction(string action) =>
        new(Coral + "UnknownOperationException", "InvalidAction", $"The action {action} is not valid for this web service.");

    public static SqsErrorException MissingAction() =>
        new(Coral + "UnknownOperationException", "MissingAction", "The request must contain the parameter Action.");

    public static SqsErrorException InternalError(Exception cause) =>
        new(Sqs + "InternalError", "InternalError", "We encountered an internal error. Please try again. (" + cause.Message + ")", 500);
}
