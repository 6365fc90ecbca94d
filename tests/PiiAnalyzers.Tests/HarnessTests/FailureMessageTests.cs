using System.Threading.Tasks;
using Xunit;
using Verify = PiiAnalyzers.Tests.Harness.CSharpAnalyzerVerifier<PiiAnalyzers.Tests.HarnessTests.BadIdentifierAnalyzer>;

namespace PiiAnalyzers.Tests.HarnessTests;

/// <summary>A mismatch prints the source, numbered, annotated with expected and actual diagnostics.</summary>
public class FailureMessageTests
{
    private const string Source = """
        class C
        {
            int Bad;
            int [|Good|];
        }
        """;

    [Fact]
    public async Task Failure_AnnotatesSourceWithExpectedAndActual()
    {
        string message = await Expect.FailureAsync(() => Verify.VerifyAnalyzerAsync(Source), "1 missing, 1 unexpected");

        Assert.Contains("""
              1 | class C
              2 | {
              3 |     int Bad;
                |         ^^^ actual   TEST001: 'Bad' is bad [Warning]
              4 |     int Good;
                |         ^^^^ expected TEST001: <any message> [Warning]
              5 | }
            """.ReplaceLineEndings(), message.ReplaceLineEndings());
    }

    [Fact]
    public async Task Failure_ListsMissingAndUnexpectedDiagnostics()
    {
        string message = await Expect.FailureAsync(() => Verify.VerifyAnalyzerAsync(Source));

        Assert.Contains("Missing (expected, not reported):", message);
        Assert.Contains("  TEST001 /0/Test0.cs(4,9)-(4,13) Warning: <any message>    <- markup at /0/Test0.cs(4,9)", message);
        Assert.Contains("Unexpected (reported, not expected):", message);
        Assert.Contains("  TEST001 /0/Test0.cs(3,9)-(3,12) Warning: 'Bad' is bad", message);
    }

    [Fact]
    public async Task Failure_ShowsMatchedDiagnosticsAsOk()
    {
        string message = await Expect.FailureAsync(() => Verify.VerifyAnalyzerAsync("class C { int [|Bad|]; int Bad2; }", Verify.Diagnostic().WithLocation(1, 1)));

        Assert.Contains("^^^ ok       TEST001: 'Bad' is bad [Warning]", message);
        Assert.Contains("^ expected TEST001: <any message> [Warning]", message);
    }

    [Fact]
    public async Task Failure_ShowsDiagnosticsWithoutLocationAndInOtherFiles()
    {
        string message = await Expect.FailureAsync(() => Verify.VerifyAnalyzerAsync(
            "class C { int [|Bad|]; }",
            Verify.Diagnostic().WithNoLocation(),
            Verify.Diagnostic().WithSpan("/0/Elsewhere.cs", 1, 1, 1, 2)));

        Assert.Contains("No location:", message);
        Assert.Contains("Elsewhere:", message);
        Assert.Contains("/0/Elsewhere.cs(1,1)-(1,2)", message);
    }
}
