using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Interop.Tests.Infrastructure;

/// <summary>Compiles a snippet of user code against the assemblies this test runs with, to assert what does not compile.</summary>
internal static class Compilation
{
    private static readonly MetadataReference[] References = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
        .Split(Path.PathSeparator)
        .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
        .ToArray();

    /// <summary>The errors of <paramref name="code"/>, as <c>CS1234: message</c>, with the implicit usings of an SDK project.</summary>
    public static IReadOnlyList<string> Errors(string code)
    {
        var usings = "global using System; global using System.Collections.Generic; global using System.Linq; global using System.Threading.Tasks;";
        var compilation = CSharpCompilation.Create(
            "UserCode",
            [CSharpSyntaxTree.ParseText(usings), CSharpSyntaxTree.ParseText(code)],
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        return compilation.GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d => $"{d.Id}: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}")
            .ToList();
    }
}
