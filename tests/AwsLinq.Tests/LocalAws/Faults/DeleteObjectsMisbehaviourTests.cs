using Amazon.S3.Model;
using AwsLinq.LocalAws;

namespace AwsLinq.Tests.LocalAws.Faults;

public class DeleteObjectsMisbehaviourTests : FaultTestBase
{
    private const string Bucket = "deleting";

    private static readonly string[] Keys = ["a", "b", "c"];

    [Fact]
    public async Task EmptyBody_answers_200_with_no_body_and_deletes_nothing()
    {
        Seed();
        Server.S3.Faults.Add("DeleteObjects", LocalFault.EmptyBody);

        var response = await DeleteAsync();

        ((int)response.HttpStatusCode).Should().Be(200);
        (response.DeletedObjects ?? []).Should().BeEmpty();
        (response.DeleteErrors ?? []).Should().BeEmpty();
        Remaining().Should().Equal(Keys);
    }

    [Fact]
    public async Task UnparsableBody_answers_200_with_a_body_the_SDK_cannot_read_and_deletes_nothing()
    {
        Seed();
        Server.S3.Faults.Add("DeleteObjects", LocalFault.UnparsableBody);
        using var client = Server.CreateS3Client(c => c.MaxErrorRetry = 0);

        var act = () => client.DeleteObjectsAsync(Request());

        await act.Should().ThrowAsync<Exception>();
        Remaining().Should().Equal(Keys);
        Server.Requests.For("s3", "DeleteObjects").Select(r => (r.StatusCode, r.Fault)).Should().Equal((200, "unparsable-body"));
    }

    [Fact]
    public async Task ErrorForKeyTwice_reports_the_first_key_as_failed_twice_and_keeps_it()
    {
        Seed();
        Server.S3.Faults.Add("DeleteObjects", LocalFault.ErrorForKeyTwice);

        var response = await FailedDeleteAsync();

        response.DeleteErrors.Select(e => (e.Key, e.Code)).Should().Equal(("a", "InternalError"), ("a", "InternalError"));
        response.DeletedObjects.Select(d => d.Key).Should().Equal("b", "c");
        Remaining().Should().Equal("a");
    }

    [Fact]
    public async Task ErrorForUnsentKey_adds_an_error_for_a_key_that_was_not_sent()
    {
        Seed();
        Server.S3.Faults.Add("DeleteObjects", LocalFault.ErrorForUnsentKey);

        var response = await FailedDeleteAsync();

        response.DeletedObjects.Select(d => d.Key).Should().Equal(Keys);
        response.DeleteErrors.Select(e => e.Key).Should().Equal("a.unsent");
        Remaining().Should().BeEmpty();
    }

    private void Seed()
    {
        Server.S3.CreateBucket(Bucket);
        Server.S3.SeedObjects(Bucket, Keys.Select(k => new LocalS3Object(k, 1, DateTimeOffset.UnixEpoch)));
    }

    private static DeleteObjectsRequest Request() =>
        new() { BucketName = Bucket, Objects = [.. Keys.Select(k => new KeyVersion { Key = k })] };

    private Task<DeleteObjectsResponse> DeleteAsync() => S3.DeleteObjectsAsync(Request());

    /// <summary>The SDK raises DeleteObjectsException, carrying the parsed answer, when the answer holds errors.</summary>
    private async Task<DeleteObjectsResponse> FailedDeleteAsync()
    {
        var act = DeleteAsync;
        return (await act.Should().ThrowAsync<Amazon.S3.DeleteObjectsException>()).Which.Response;
    }

    private IEnumerable<string> Remaining() => Server.S3.ListAll(Bucket).Select(o => o.Key);
}
