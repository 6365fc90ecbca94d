using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using PiiAnalyzers.Tests.Harness;
using Xunit;
using Verify = PiiAnalyzers.Tests.Harness.CSharpAnalyzerVerifier<PiiAnalyzers.Tests.HarnessTests.BadIdentifierAnalyzer>;

namespace PiiAnalyzers.Tests.HarnessTests;

/// <summary>Every property of a diagnostic is compared: id, severity, message, span start and end, file.</summary>
public class DiagnosticComparisonTests
{
    private const string Marked = """
        class C
        {
            int [|Bad|];
        }
        """;

    private const string Plain = """
        class C
        {
            int Bad;
        }
        """;

    [Fact]
    public Task Passes_WhenMarkupMatches() => Verify.VerifyAnalyzerAsync(Marked);

    [Fact]
    public Task Passes_WithSpanArgumentsAndSeverity() =>
        Verify.VerifyAnalyzerAsync(Plain, Verify.Diagnostic().WithSpan(3, 9, 3, 12).WithArguments("Bad").WithSeverity(DiagnosticSeverity.Warning));

    [Fact]
    public Task Passes_WithExactMessage() => Verify.VerifyAnalyzerAsync(Plain, Verify.Diagnostic().WithSpan(3, 9, 3, 12).WithMessage("'Bad' is bad"));

    [Fact]
    public Task Passes_WithStartOnlyLocation() => Verify.VerifyAnalyzerAsync(Plain, Verify.Diagnostic().WithLocation(3, 9));

    [Fact]
    public Task Passes_WithDiagnosticById() => Verify.VerifyAnalyzerAsync(Plain, Verify.Diagnostic("TEST001").WithSpan(3, 9, 3, 12));

    [Fact]
    public Task Fails_WhenExpectedDiagnosticIsMissing() => Expect.FailureAsync(
        () => Verify.VerifyAnalyzerAsync("class C { int [|Good|]; }"),
        "1 missing, 0 unexpected", "TEST001 /0/Test0.cs(1,15)-(1,19) Warning: <any message>");

    [Fact]
    public Task Fails_WhenDiagnosticIsNotExpected() => Expect.FailureAsync(
        () => Verify.VerifyAnalyzerAsync(Plain),
        "0 missing, 1 unexpected", "TEST001 /0/Test0.cs(3,9)-(3,12) Warning: 'Bad' is bad");

    [Fact]
    public Task Fails_WhenSpanStartDiffers() => Expect.FailureAsync(
        () => Verify.VerifyAnalyzerAsync(Plain, Verify.Diagnostic().WithSpan(3, 8, 3, 12)),
        "1 missing, 1 unexpected", "/0/Test0.cs(3,8)-(3,12)");

    [Fact]
    public Task Fails_WhenSpanEndDiffers() => Expect.FailureAsync(
        () => Verify.VerifyAnalyzerAsync(Plain, Verify.Diagnostic().WithSpan(3, 9, 3, 11)),
        "1 missing, 1 unexpected", "/0/Test0.cs(3,9)-(3,11)");

    [Fact]
    public Task Fails_WhenSpanEndsOnAnotherLine() => Expect.FailureAsync(
        () => Verify.VerifyAnalyzerAsync(Plain, Verify.Diagnostic().WithSpan(3, 9, 4, 12)),
        "1 missing, 1 unexpected");

    [Fact]
    public Task Fails_WhenStartOnlyLocationDiffers() => Expect.FailureAsync(
        () => Verify.VerifyAnalyzerAsync(Plain, Verify.Diagnostic().WithLocation(3, 10)),
        "1 missing, 1 unexpected", "/0/Test0.cs(3,10)");

    [Fact]
    public Task Fails_WhenFormattedMessageDiffers() => Expect.FailureAsync(
        () => Verify.VerifyAnalyzerAsync(Plain, Verify.Diagnostic().WithSpan(3, 9, 3, 12).WithArguments("Good")),
        "1 missing, 1 unexpected", "expected TEST001: 'Good' is bad", "actual   TEST001: 'Bad' is bad");

    [Fact]
    public Task Fails_WhenExactMessageDiffers() => Expect.FailureAsync(
        () => Verify.VerifyAnalyzerAsync(Plain, Verify.Diagnostic().WithSpan(3, 9, 3, 12).WithMessage("Bad is bad")),
        "1 missing, 1 unexpected", "Bad is bad");

    [Fact]
    public Task Fails_WhenSeverityDiffers() => Expect.FailureAsync(
        () => Verify.VerifyAnalyzerAsync(Plain, Verify.Diagnostic().WithSpan(3, 9, 3, 12).WithSeverity(DiagnosticSeverity.Error)),
        "1 missing, 1 unexpected", "TEST001 /0/Test0.cs(3,9)-(3,12) Error: <any message>");

    [Fact]
    public Task Fails_WhenIdDiffers() => Expect.FailureAsync(
        () => Verify.VerifyAnalyzerAsync("class C { int {|TEST999:Bad|}; }"),
        "1 missing, 1 unexpected", "TEST999 /0/Test0.cs(1,15)-(1,18)");

    [Fact]
    public Task Fails_WhenFileDiffers()
    {
        var test = new AnalyzerTest<BadIdentifierAnalyzer> { Sources = { Plain, "class D { }" } };
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithSpan("/0/Test1.cs", 3, 9, 3, 12));
        return Expect.FailureAsync(() => test.RunAsync(), "1 missing, 1 unexpected", "TEST001 /0/Test1.cs(3,9)-(3,12)");
    }

    [Fact]
    public Task Fails_WhenNoLocationIsExpected() => Expect.FailureAsync(
        () => Verify.VerifyAnalyzerAsync(Plain, Verify.Diagnostic().WithNoLocation()),
        "1 missing, 1 unexpected", "TEST001 no location");

    [Fact]
    public Task Passes_IndependentOfOrder() => Verify.VerifyAnalyzerAsync(
        "class C { int Bad; void M(int Bad) { } }",
        Verify.Diagnostic().WithSpan(1, 31, 1, 34).WithArguments("Bad"),
        Verify.Diagnostic().WithSpan(1, 15, 1, 18).WithArguments("Bad"));

    [Fact]
    public Task Fails_WhenTheSameDiagnosticIsExpectedTwice() => Expect.FailureAsync(
        () => Verify.VerifyAnalyzerAsync(Marked, Verify.Diagnostic().WithSpan(3, 9, 3, 12)),
        "1 missing, 0 unexpected");

    [Fact]
    public Task Fails_WhenAnalyzerThrows() => Expect.FailureAsync(
        () => CSharpAnalyzerVerifier<ThrowingAnalyzer>.VerifyAnalyzerAsync("class C { }"),
        "threw", "AD0001", "System.InvalidOperationException: boom from ThrowingAnalyzer");

    [Fact]
    public Task Passes_WithSecondDescriptorById() =>
        CSharpAnalyzerVerifier<TwoRuleAnalyzer>.VerifyAnalyzerAsync("class C { int {|TEST001:Bad|}; int {|TEST009:Worse|}; }");

    [Fact]
    public Task Fails_WhenSquareMarkupIsUsedWithSeveralDescriptors() => Expect.FailureAsync(
        () => CSharpAnalyzerVerifier<TwoRuleAnalyzer>.VerifyAnalyzerAsync("class C { int [|Bad|]; }"),
        "needs an analyzer with exactly one diagnostic id");

    [Fact]
    public void Diagnostic_WithUnknownId_Throws() =>
        Assert.Throws<System.InvalidOperationException>(() => Verify.Diagnostic("TEST404"));
}
