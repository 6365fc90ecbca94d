using System.Threading.Tasks;
using PiiAnalyzers.CodeFixes.Records;
using PiiAnalyzers.Tests.Harness;
using PiiAnalyzers.Rules;

namespace PiiAnalyzers.Tests.Rules.PII005;

using Verify = CSharpCodeFixVerifier<GeneratedToStringExposesPersonalDataAnalyzer, OverridePrintMembersCodeFixProvider>;

/// <summary>Shorthands of the PII005 tests (their sources carry their own models: the shop's records would be reported).</summary>
internal static class Pii005
{
    /// <summary>The usings every test source starts with.</summary>
    public const string Usings = "using System; using System.Collections.Generic; using PiiAnalyzers;\n";

    /// <summary>PII005 at markup location <paramref name="location"/>: the record, the member that prints, its kind.</summary>
    public static DiagnosticResult At(int location, string record, string member, string kind) =>
        Verify.Diagnostic().WithLocation(location).WithArguments(record, member, kind);

    public static Task VerifyAsync(string source, params DiagnosticResult[] expected) =>
        Verify.VerifyAnalyzerAsync(Usings + source, expected);
}
