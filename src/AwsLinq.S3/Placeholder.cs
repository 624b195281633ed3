namespace AwsLinq; internal static class Placeholder2 { }
