using System.Xml;
using System.Xml.Linq;
using AwsLinq.LocalAws.Hosting;
using Microsoft.AspNetCore.Http;

namespace AwsLinq.LocalAws.S3.Operations;

/// <summary><c>PUT /bucket</c>, with an optional CreateBucketConfiguration body naming the region.</summary>
internal sealed class CreateBucketOperation(LocalS3 s3) : S3Operation(s3)
{
    public override string Name => "CreateBucket";

    public override S3Route Route { get; } = S3Route.Bucket(HttpMethods.Put);

    public override async Task<ServiceResponse> ExecuteAsync(S3Request request)
    {
        var name = request.Bucket!;
        if (!BucketNames.IsValid(name))
        {
            throw S3Errors.InvalidBucketName(name);
        }

        var constraint = LocationConstraint(await request.ReadBodyAsync().ConfigureAwait(false));
        if (constraint is not null)
        {
            request.Logged["LocationConstraint"] = constraint;
        }

        if (!S3.TryCreateBucket(name, Region(constraint)))
        {
            // S3's us-east-1 answers 200 to re-creating a bucket you own; every other region answers 409.
            // The 409 is kept everywhere so that tests see the conflict.
            throw S3Errors.BucketAlreadyOwnedByYou(name);
        }

        var response = new ServiceResponse(200);
        response.Headers["Location"] = "/" + name;
        return response;
    }

    private string Region(string? constraint) => constraint switch
    {
        null or "" => S3.DefaultRegion,

        // The legacy constraint "EU" (which the .NET SDK still sends for S3Region.EUWest1) means eu-west-1.
        "EU" => "eu-west-1",
        _ => constraint,
    };

    private static string? LocationConstraint(byte[] body)
    {
        if (body.Length == 0)
        {
            return null;
        }

        try
        {
            using var stream = new MemoryStream(body);
            var root = XElement.Load(stream);
            return root.Elements().FirstOrDefault(e => e.Name.LocalName == "LocationConstraint")?.Value;
        }
        catch (XmlException)
        {
            throw S3Errors.MalformedXml();
        }
    }
}
