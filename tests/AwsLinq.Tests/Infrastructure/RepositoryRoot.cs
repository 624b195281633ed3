namespace AwsLinq.Tests.Infrastructure;

/// <summary>The clone the tests were built in: the folder above the test binaries that holds AwsLinq.sln.</summary>
internal static class RepositoryRoot
{
    public static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AwsLinq.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No folder containing AwsLinq.sln above '{AppContext.BaseDirectory}'; the tests run from a build inside the repository.");
    }
}
