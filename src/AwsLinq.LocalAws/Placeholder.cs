namespace AwsLinq.LocalAws; internal static class Placeholder { }
