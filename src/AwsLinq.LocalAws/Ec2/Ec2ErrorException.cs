using AwsLinq.LocalAws.Hosting;

namespace AwsLinq.LocalAws.Ec2;

/// <summary>An EC2 error to answer with: the HTTP status, the error code and the message.</summary>
internal sealed class Ec2ErrorException(int statusCode, string code, string message) : ServiceException(statusCode, code, message);
