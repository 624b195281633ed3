using System.Text;
using AwsLinq.LocalAws.S3;

namespace AwsLinq.Tests.LocalAws;

public class AwsChunkedBodyTests
{
    [Fact]
    public void Decodes_unsigned_chunks_with_a_trailer()
    {
        var body = Encoding.ASCII.GetBytes("5\r\nhello\r\n6\r\n world\r\n0\r\nx-amz-checksum-crc32:DUoRhQ==\r\n\r\n");

        var (content, trailers) = AwsChunkedBody.Decode(body);

        Encoding.ASCII.GetString(content).Should().Be("hello world");
        trailers.Should().Equal(new Dictionary<string, string> { ["x-amz-checksum-crc32"] = "DUoRhQ==" });
    }

    [Fact]
    public void Decodes_signed_chunks()
    {
        var body = Encoding.ASCII.GetBytes("3;chunk-signature=abc\r\nabc\r\n0;chunk-signature=def\r\n\r\n");

        var (content, trailers) = AwsChunkedBody.Decode(body);

        Encoding.ASCII.GetString(content).Should().Be("abc");
        trailers.Should().BeEmpty();
    }

    [Fact]
    public void A_chunk_longer_than_the_body_is_an_IncompleteBody_error()
    {
        var body = Encoding.ASCII.GetBytes("ff\r\nabc\r\n");

        FluentActions.Invoking(() => AwsChunkedBody.Decode(body))
            .Should().Throw<S3ErrorException>().Which.Code.Should().Be("IncompleteBody");
    }
}
