namespace AwsLinq.Cli.Tests.Infrastructure;

/// <summary>A HOME of the test's own, with the <c>~/.aws/config</c> and <c>~/.aws/credentials</c> it writes.</summary>
public sealed class AwsHome : IDisposable
{
    public AwsHome()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "awslinq-home-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(System.IO.Path.Combine(Path, ".aws"));
    }

    public string Path { get; }

    public string ConfigFile => System.IO.Path.Combine(Path, ".aws", "config");

    public string CredentialsFile => System.IO.Path.Combine(Path, ".aws", "credentials");

    public void WriteConfig(string text) => File.WriteAllText(ConfigFile, text);

    public void WriteCredentials(string text) => File.WriteAllText(CredentialsFile, text);

    /// <summary>Writes a file under HOME (a web identity token, an SSO cache entry) and returns its path.</summary>
    public string WriteFile(string relativePath, string text)
    {
        var path = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
