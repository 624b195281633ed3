namespace AwsLinq.LocalAws.Hosting;

/// <summary>The AWS services whose wire protocols the dispatcher tells apart.</summary>
internal enum ServiceKind
{
    /// <summary>REST-XML: the method and path name the operation.</summary>
    S3,

    /// <summary>JSON 1.0: <c>X-Amz-Target: AmazonSQS.&lt;Operation&gt;</c>.</summary>
    Sqs,

    /// <summary>Query protocol: <c>Action=&lt;Operation&gt;</c> in a form body or the query string.</summary>
    Ec2,
}
