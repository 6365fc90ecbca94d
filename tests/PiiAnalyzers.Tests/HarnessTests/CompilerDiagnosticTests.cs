using System.Threading.Tasks;
using PiiAnalyzers.Tests.Harness;
using Xunit;
using Verify = PiiAnalyzers.Tests.Harness.CSharpAnalyzerVerifier<PiiAnalyzers.Tests.HarnessTests.BadIdentifierAnalyzer>;

namespace PiiAnalyzers.Tests.HarnessTests;

/// <summary>Compiler errors fail unless declared; compiler warnings count only when expected.</summary>
public class CompilerDiagnosticTests
{
    [Fact]
    public Task Fails_OnUndeclaredCompilerError() => Expect.FailureAsync(
        () => Verify.VerifyAnalyzerAsync("class C { void M() { Undefined(); } }"),
        "compiler errors that the test does not declare", "CS0103 /0/Test0.cs(1,22)-(1,31) Error");

    [Fact]
    public Task Passes_WhenCompilerErrorIsDeclaredInMarkup() =>
        Verify.VerifyAnalyzerAsync("class C { void M() { {|CS0103:Undefined|}(); } }");

    [Fact]
    public Task Passes_WhenCompilerErrorIsDeclaredAsResult() => Verify.VerifyAnalyzerAsync(
        "class C { void M() { Undefined(); } }",
        DiagnosticResult.CompilerError("CS0103").WithSpan(1, 22, 1, 31).WithArguments("Undefined"));

    [Fact]
    public Task Fails_WhenDeclaredCompilerErrorHasAnotherMessage() => Expect.FailureAsync(
        () => Verify.VerifyAnalyzerAsync(
            "class C { void M() { Undefined(); } }",
            DiagnosticResult.CompilerError("CS0103").WithSpan(1, 22, 1, 31).WithArguments("Other")),
        "The name 'Other' does not exist in the current context");

    [Fact]
    public Task Passes_WithEmptySpanCompilerError() =>
        Verify.VerifyAnalyzerAsync("class C { int M() { return 1{|CS1002:|}\n} }");

    [Fact]
    public Task Passes_WithNestedMarkup() =>
        Verify.VerifyAnalyzerAsync("class C { void M() { {|CS0103:[|Bad|]|}(); } }");

    [Fact]
    public Task Passes_IgnoringCompilerWarnings() => Verify.VerifyAnalyzerAsync("class C { void M() { int x; } }");

    [Fact]
    public Task Passes_WhenExpectedCompilerWarningIsReported() =>
        Verify.VerifyAnalyzerAsync("class C { void M() { int {|CS0168:x|}; } }");

    [Fact]
    public Task Fails_WhenExpectedCompilerWarningIsElsewhere() => Expect.FailureAsync(
        () => Verify.VerifyAnalyzerAsync("class C { void M() { int x; } }", DiagnosticResult.CompilerWarning("CS0168").WithSpan(1, 1, 1, 2)),
        "1 missing, 1 unexpected", "CS0168 /0/Test0.cs(1,26)-(1,27) Warning");
}
