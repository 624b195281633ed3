namespace AwsLinq.Cli.Output;

/// <summary>Writes rows as they arrive; <see cref="Complete"/> ends the output, also after a cancellation.</summary>
internal interface IRowWriter
{
    void Write(object?[] row);

    void Complete();
}
