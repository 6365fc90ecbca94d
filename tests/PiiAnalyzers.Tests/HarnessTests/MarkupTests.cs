using System.Linq;
using System.Threading.Tasks;
using PiiAnalyzers.Tests.Harness;
using Xunit;
using Verify = PiiAnalyzers.Tests.Harness.CSharpAnalyzerVerifier<PiiAnalyzers.Tests.HarnessTests.BadIdentifierAnalyzer>;

namespace PiiAnalyzers.Tests.HarnessTests;

/// <summary>The markup parser and the markup locations <c>{|#n:…|}</c>.</summary>
public class MarkupTests
{
    [Fact]
    public void Parser_StripsNestedAndEmptyMarkup()
    {
        var result = MarkupParser.Parse("/0/Test0.cs", "a{|#0:b[|c|]|}d{|CS1002:|}e");

        Assert.Equal("abcde", result.Text);
        Assert.Equal(
            new[] { (null, "2..3"), ("#0", "1..3"), ((string?)"CS1002", "4..4") },
            result.Spans.Select(s => (s.Name, $"{s.Span.Start}..{s.Span.End}")).ToArray());
    }

    [Theory]
    [InlineData("class C { int [|Bad; }", "'[|' is never closed", "(1,15)")]
    [InlineData("class C { int {|TEST001:Bad; }", "'{|TEST001:' is never closed", "(1,15)")]
    [InlineData("class C { int Bad|]; }", "'|]' closes no open markup", "(1,18)")]
    [InlineData("class C { int {|TEST001:Bad|]; }", "'|]' does not close the '{|' opened at (1,15)", "(1,28)")]
    [InlineData("class C { int [|Bad|}; }", "'|}' does not close the '[|' opened at (1,15)", "(1,20)")]
    [InlineData("class C { int {|Bad|}; }", "'{|' must be followed by a diagnostic id or '#n' and ':'", "(1,15)")]
    [InlineData("class C {\n int {|#x:Bad|}; }", "'{|' must be followed", "(2,6)")]
    public Task Fails_OnMalformedMarkup(string source, string problem, string position) =>
        Expect.FailureAsync(() => Verify.VerifyAnalyzerAsync(source), "Invalid markup in /0/Test0.cs" + position, problem);

    [Fact]
    public Task Passes_WithMarkupLocation() =>
        Verify.VerifyAnalyzerAsync("class C { int {|#0:Bad|}; }", Verify.Diagnostic().WithLocation(0).WithArguments("Bad"));

    [Fact]
    public Task Fails_WhenMarkupLocationDoesNotMatch() => Expect.FailureAsync(
        () => Verify.VerifyAnalyzerAsync("class C { int {|#0:Ba|}d; }", Verify.Diagnostic().WithLocation(0)),
        "1 missing, 1 unexpected", "/0/Test0.cs(1,15)-(1,17)");

    [Fact]
    public Task Fails_WhenMarkupLocationIsUnused() => Expect.FailureAsync(
        () => Verify.VerifyAnalyzerAsync("class C { int [|Bad|]; int {|#0:x|}; }"),
        "markup location {|#0:…|} at /0/Test0.cs(1,24) is not used");

    [Fact]
    public Task Fails_WhenMarkupLocationIsUndefined() => Expect.FailureAsync(
        () => Verify.VerifyAnalyzerAsync("class C { int {|#0:Bad|}; }", Verify.Diagnostic().WithLocation(0), Verify.Diagnostic().WithLocation(1)),
        "uses WithLocation(1), but TestCode has no markup location {|#1:…|}");

    [Fact]
    public Task Fails_WhenMarkupLocationIsDefinedTwice() => Expect.FailureAsync(
        () => Verify.VerifyAnalyzerAsync("class C { int {|#0:Bad|}; int {|#0:x|}; }", Verify.Diagnostic().WithLocation(0)),
        "{|#0:…|} is defined twice");

    [Fact]
    public Task Passes_WithMarkupLocationsInSeveralFiles()
    {
        var test = new AnalyzerTest<BadIdentifierAnalyzer> { Sources = { "class C { int {|#0:Bad|}; }", "class D { int {|#1:Bad|}; }" } };
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(1).WithArguments("Bad"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments("Bad"));
        return test.RunAsync();
    }
}
