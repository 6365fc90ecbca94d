using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using PiiAnalyzers.Tests.Harness;
using Xunit;
using Verify = PiiAnalyzers.Tests.Harness.CSharpAnalyzerVerifier<PiiAnalyzers.Tests.HarnessTests.BadIdentifierAnalyzer>;

namespace PiiAnalyzers.Tests.HarnessTests;

/// <summary>.editorconfig, .globalconfig and additional files reach the analyzer and the compiler.</summary>
public class OptionsTests
{
    private const string Plain = "class C { int Bad; }";

    [Fact]
    public Task Fails_WhenEditorConfigRaisesSeverityButTestExpectsDefault() => Expect.FailureAsync(
        () => new AnalyzerTest<BadIdentifierAnalyzer>
        {
            TestCode = "class C { int [|Bad|]; }",
            EditorConfig = "[*.cs]\ndotnet_diagnostic.TEST001.severity = error\n",
        }.RunAsync(),
        "1 missing, 1 unexpected", "TEST001 /0/Test0.cs(1,15)-(1,18) Error: 'Bad' is bad");

    [Fact]
    public Task Passes_WhenEditorConfigRaisesSeverityAndTestExpectsIt() => new AnalyzerTest<BadIdentifierAnalyzer>
    {
        TestCode = Plain,
        EditorConfig = "[*.cs]\ndotnet_diagnostic.TEST001.severity = error\n",
        ExpectedDiagnostics = { Verify.Diagnostic().WithSpan(1, 15, 1, 18).WithSeverity(DiagnosticSeverity.Error) },
    }.RunAsync();

    [Fact]
    public Task Passes_WhenEditorConfigSilencesRule() => new AnalyzerTest<BadIdentifierAnalyzer>
    {
        TestCode = Plain,
        EditorConfig = "[*.cs]\ndotnet_diagnostic.TEST001.severity = none\n",
    }.RunAsync();

    [Fact]
    public Task Passes_WhenGlobalConfigRaisesSeverityAndTestExpectsIt() => new AnalyzerTest<BadIdentifierAnalyzer>
    {
        TestCode = Plain,
        GlobalConfig = "dotnet_diagnostic.TEST001.severity = error\n",
        ExpectedDiagnostics = { Verify.Diagnostic().WithSpan(1, 15, 1, 18).WithSeverity(DiagnosticSeverity.Error) },
    }.RunAsync();

    [Fact]
    public Task Fails_WhenEditorConfigMakesCompilerWarningAnUndeclaredError() => Expect.FailureAsync(
        () => new AnalyzerTest<BadIdentifierAnalyzer>
        {
            TestCode = "class C { void M() { int x; } }",
            EditorConfig = "[*.cs]\ndotnet_diagnostic.CS0168.severity = error\n",
        }.RunAsync(),
        "compiler errors that the test does not declare", "CS0168 /0/Test0.cs(1,26)-(1,27) Error");

    [Fact]
    public Task Passes_WhenEditorConfigMakesCompilerWarningADeclaredError() => new AnalyzerTest<BadIdentifierAnalyzer>
    {
        TestCode = "class C { void M() { int x; } }",
        EditorConfig = "[*.cs]\ndotnet_diagnostic.CS0168.severity = error\n",
        ExpectedDiagnostics = { DiagnosticResult.CompilerError("CS0168").WithSpan(1, 26, 1, 27) },
    }.RunAsync();

    [Fact]
    public Task Passes_WhenGeneratedCodeIsSkipped() => new AnalyzerTest<BadIdentifierAnalyzer>
    {
        Sources = { "class C { int [|Bad|]; }", "class D { int Bad; }" },
        EditorConfig = "[Test1.cs]\ngenerated_code = true\n",
    }.RunAsync();

    [Fact]
    public Task Fails_WithoutGeneratedCodeMarker() => Expect.FailureAsync(
        () => new AnalyzerTest<BadIdentifierAnalyzer> { Sources = { "class C { int [|Bad|]; }", "class D { int Bad; }" } }.RunAsync(),
        "0 missing, 1 unexpected", "TEST001 /0/Test1.cs(1,15)-(1,18)");

    [Fact]
    public Task Passes_WhenEditorConfigOptionReachesAnalyzer() => new AnalyzerTest<OptionAnalyzer>
    {
        Sources = { "class {|#0:C|} { }", "class {|#1:D|} { }" },
        EditorConfig = "[*.cs]\ntest_option = everywhere\n[Test1.cs]\ntest_option = second\n",
        ExpectedDiagnostics =
        {
            new DiagnosticResult(OptionAnalyzer.Rule).WithLocation(0).WithArguments("everywhere", "<none>"),
            new DiagnosticResult(OptionAnalyzer.Rule).WithLocation(1).WithArguments("second", "<none>"),
        },
    }.RunAsync();

    [Fact]
    public Task Passes_WhenGlobalConfigOptionReachesAnalyzer() => new AnalyzerTest<OptionAnalyzer>
    {
        TestCode = "class {|#0:C|} { }",
        GlobalConfig = "is_global = true\ntest_option = from-global\n",
        ExpectedDiagnostics = { new DiagnosticResult(OptionAnalyzer.Rule).WithLocation(0).WithArguments("from-global", "from-global") },
    }.RunAsync();

    [Fact]
    public Task Fails_WhenOptionIsExpectedButNotConfigured() => Expect.FailureAsync(
        () => new AnalyzerTest<OptionAnalyzer>
        {
            TestCode = "class {|#0:C|} { }",
            ExpectedDiagnostics = { new DiagnosticResult(OptionAnalyzer.Rule).WithLocation(0).WithArguments("from-global", "from-global") },
        }.RunAsync(),
        "tree option '<none>', global option '<none>'");

    [Fact]
    public Task Passes_WhenAdditionalFileReachesAnalyzer() => new AnalyzerTest<AdditionalFileAnalyzer>
    {
        TestCode = "class C { }",
        AdditionalFiles = { ("PiiAnalyzers.txt", "first\n\nsecond") },
        ExpectedDiagnostics =
        {
            new DiagnosticResult(AdditionalFileAnalyzer.Rule).WithSpan("/0/PiiAnalyzers.txt", 1, 1, 1, 6).WithArguments("first"),
            new DiagnosticResult(AdditionalFileAnalyzer.Rule).WithSpan("/0/PiiAnalyzers.txt", 3, 1, 3, 7).WithArguments("second"),
        },
    }.RunAsync();

    [Fact]
    public Task Fails_WhenAdditionalFileDiagnosticIsMissing() => Expect.FailureAsync(
        () => new AnalyzerTest<AdditionalFileAnalyzer>
        {
            TestCode = "class C { }",
            ExpectedDiagnostics = { new DiagnosticResult(AdditionalFileAnalyzer.Rule).WithSpan("/0/PiiAnalyzers.txt", 1, 1, 1, 6) },
        }.RunAsync(),
        "1 missing, 0 unexpected", "TEST003 /0/PiiAnalyzers.txt(1,1)-(1,6)");
}
