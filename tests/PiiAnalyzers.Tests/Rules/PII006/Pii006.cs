using System.Threading.Tasks;
using PiiAnalyzers.Tests.Harness;
using PiiAnalyzers.Rules;

namespace PiiAnalyzers.Tests.Rules.PII006;

using Verify = CSharpAnalyzerVerifier<UnmarkedPersonalDataAnalyzer>;

/// <summary>Shorthands of the PII006 tests.</summary>
internal static class Pii006
{
    /// <summary>What every test source starts with.</summary>
    public const string Usings = "using System; using System.Collections.Generic; using PiiAnalyzers;\n";

    /// <summary>
    /// A second file of the project that marks personal data: PII006 speaks only in a project that marks something (or
    /// scans with inference mode), so every test's project has this.
    /// </summary>
    public const string MarkerInUse = """
        namespace Tests.Markers
        {
            [PiiAnalyzers.PersonalData(PiiAnalyzers.PersonalDataKind.Email)]
            public sealed class MarkedElsewhere { }
        }
        """;

    /// <summary>A global config that turns inference mode on: the project scans, so PII006 speaks.</summary>
    public const string Scanning = "pii_analyzers.infer_personal_data = true";

    /// <summary>PII006 at markup location <paramref name="location"/>: <c>'member' looks like personal data (kind, from the word 'word')</c>.</summary>
    public static DiagnosticResult At(int location, string member, string kind, string word) =>
        Verify.Diagnostic().WithLocation(location).WithArguments(member, kind, word);

    /// <summary>Runs PII006 over the source (after <see cref="Usings"/>) and compares every diagnostic.</summary>
    public static Task VerifyAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new AnalyzerTest<UnmarkedPersonalDataAnalyzer> { Sources = { Usings + source, MarkerInUse } };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>Runs PII006 over the source with a PiiAnalyzers.txt.</summary>
    public static Task VerifyConfiguredAsync(string configuration, string source, params DiagnosticResult[] expected)
    {
        var test = new AnalyzerTest<UnmarkedPersonalDataAnalyzer> { Sources = { Usings + source, MarkerInUse } };
        test.AdditionalFiles.Add(("PiiAnalyzers.txt", configuration));
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}
