using System.Text.Json.Nodes;
using AwsLinq.LocalAws.Sqs.Query;

namespace AwsLinq.LocalAws.Sqs.Operations;

/// <summary>
/// A request for an operation the endpoint does not answer, logged under the name it gave: an SQS operation it does
/// not emulate (permissions, message move tasks) is UnsupportedOperation, so a test that strays off the emulated set
/// fails readably; a name SQS does not know is InvalidAction (MissingAction when there is none), as SQS answers.
/// </summary>
internal sealed class UnsupportedOperation(LocalSqs sqs, string operation) : SqsOperation(sqs)
{
    public override string Name => operation;

    public override bool Matches(SqsRequest request) => false;

    public override JsonObject Execute(SqsRequest request) =>
        throw (operation.Length == 0 ? SqsErrors.MissingAction()
            : SqsQueryShape.Actions.Contains(operation) ? SqsErrors.UnsupportedOperation(operation)
            : SqsErrors.InvalidAction(operation));
}
