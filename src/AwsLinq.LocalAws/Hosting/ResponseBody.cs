namespace AwsLinq.LocalAws.Hosting;

/// <summary>The body of a response, written only when the request was not a HEAD.</summary>
internal abstract class ResponseBody
{
    public abstract long Length { get; }

    public static ResponseBody FromBytes(ReadOnlyMemory<byte> bytes) => new BytesBody(bytes);

    /// <summary>A body of zero bytes standing in for seeded objects that have a size but no stored content.</summary>
    public static ResponseBody Zeros(long length) => new ZeroBody(length);

    public abstract Task WriteToAsync(Stream destination, CancellationToken cancellationToken);

    private sealed class BytesBody(ReadOnlyMemory<byte> bytes) : ResponseBody
    {
        public override long Length => bytes.Length;

        public override Task WriteToAsync(Stream destination, CancellationToken cancellationToken) =>
            destination.WriteAsync(bytes, cancellationToken).AsTask();
    }

    private sealed class ZeroBody(long length) : ResponseBody
    {
        private static readonly byte[] Block = new byte[64 * 1024];

        public override long Length => length;

        public override async Task WriteToAsync(Stream destination, CancellationToken cancellationToken)
        {
            for (var left = length; left > 0; left -= Block.Length)
            {
                var count = (int)Math.Min(left, Block.Length);
                await destination.WriteAsync(Block.AsMemory(0, count), cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
