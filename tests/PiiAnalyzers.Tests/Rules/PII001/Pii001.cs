using System.Threading.Tasks;
using PiiAnalyzers.CodeFixes.Redaction;
using PiiAnalyzers.Tests.Fixtures;
using PiiAnalyzers.Tests.Harness;
using PiiAnalyzers.Rules;

namespace PiiAnalyzers.Tests.Rules.PII001;

using Verify = CSharpCodeFixVerifier<PersonalDataWrittenToLogAnalyzer, RedactPersonalDataCodeFixProvider>;

/// <summary>Shorthands of the PII001 tests: sources get the shop model (<see cref="DomainFixtures.Shop"/>) as a second file.</summary>
internal static class Pii001
{
    /// <summary>PII001 at markup location <paramref name="location"/> with its message arguments.</summary>
    public static DiagnosticResult At(int location, string data, string kind, string sink) =>
        Verify.Diagnostic().WithLocation(location).WithArguments(data, kind, sink);

    /// <summary>Runs PII001 over the source (plus the shop model) and compares every diagnostic.</summary>
    public static Task VerifyAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new AnalyzerTest<PersonalDataWrittenToLogAnalyzer> { Sources = { source, DomainFixtures.Shop } };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}
