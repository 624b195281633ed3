using System.Text.Json.Nodes;

namespace AwsLinq.LocalAws.Sqs.Operations;

/// <summary>
/// Anything else SQS offers (batches, visibility changes, permissions, move tasks): an UnsupportedOperation error
/// naming the operation, logged under its own name, so a test that strays off the emulated set fails readably.
/// </summary>
internal sealed class UnsupportedOperation(LocalSqs sqs, string operation) : SqsOperation(sqs)
{
    public override string Name => operation;

    public override bool Matches(SqsRequest request) => false;

    public override JsonObject Execute(SqsRequest request) => throw SqsErrors.UnsupportedOperation(request.Operation);
}
