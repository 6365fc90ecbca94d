using System.Threading.Tasks;
using PiiAnalyzers.Tests.Harness;
using Xunit;
using Fix = PiiAnalyzers.Tests.Harness.CSharpCodeFixVerifier<PiiAnalyzers.Tests.HarnessTests.BadIdentifierAnalyzer, PiiAnalyzers.Tests.HarnessTests.RenameFixer>;

namespace PiiAnalyzers.Tests.HarnessTests;

/// <summary>The one-by-one fix: result text, compiler errors, remaining diagnostics, offered actions.</summary>
public class CodeFixTests
{
    [Fact]
    public Task Passes_WhenFixMatches() => Fix.VerifyCodeFixAsync("class C { int [|Bad|]; }", "class C { int Good; }");

    [Fact]
    public Task Passes_WithExpectedDiagnosticArgument() => Fix.VerifyCodeFixAsync(
        "class C { int Bad; }", Fix.Diagnostic().WithSpan(1, 15, 1, 18).WithArguments("Bad"), "class C { int Good; }");

    [Fact]
    public Task Passes_WhenSeveralDiagnosticsAreFixedInTurn() => Fix.VerifyCodeFixAsync(
        "class C { int [|Bad|]; void M(int [|Bad|]) { } }", "class C { int Good; void M(int Good) { } }");

    [Fact]
    public Task Passes_InSeveralFiles() => new CodeFixTest<BadIdentifierAnalyzer, RenameFixer>
    {
        Sources = { "class C { int [|Bad|]; }", "class D { int [|Bad|]; }" },
        FixedSources = { "class C { int Good; }", "class D { int Good; }" },
    }.RunAsync();

    [Fact]
    public Task Fails_WhenFixedCodeDiffers() => Expect.FailureAsync(
        () => Fix.VerifyCodeFixAsync("class C\n{\n    int [|Bad|];\n}", "class C\n{\n    int Fine;\n}"),
        "does not match FixedCode", "/0/Test0.cs:", "-    3 |     int Fine;", "+    3 |     int Good;", "     1 | class C");

    [Fact]
    public Task Fails_WhenFixedCodeDiffersOnlyInWhitespace() => Expect.FailureAsync(
        () => Fix.VerifyCodeFixAsync("class C { int [|Bad|]; }", "class C { int Good; } "),
        "does not match FixedCode", "class C { int Good; }·");

    [Fact]
    public Task Passes_WithActionChosenByEquivalenceKey() => new CodeFixTest<BadIdentifierAnalyzer, RenameFixer>
    {
        TestCode = "class C { int [|Bad|]; }",
        FixedCode = "class C { int Fine; }",
        CodeActionEquivalenceKey = "RenameToFine",
    }.RunAsync();

    [Fact]
    public Task Passes_WithActionChosenByIndex() => new CodeFixTest<BadIdentifierAnalyzer, RenameFixer>
    {
        TestCode = "class C { int [|Bad|]; }",
        FixedCode = "class C { int Fine; }",
        CodeActionIndex = 1,
    }.RunAsync();

    [Fact]
    public Task Passes_WhenNoActionAppliesAndRemainingDiagnosticIsDeclared() => new CodeFixTest<BadIdentifierAnalyzer, RenameFixer>
    {
        TestCode = "class C { int [|Bad|]; }",
        FixedCode = "class C { int [|Bad|]; }",
        CodeActionEquivalenceKey = "NotOffered",
    }.RunAsync();

    [Fact]
    public Task Fails_WhenRemainingDiagnosticIsNotDeclared() => Expect.FailureAsync(
        () => new CodeFixTest<BadIdentifierAnalyzer, RenameFixer>
        {
            TestCode = "class C { int [|Bad|]; }",
            FixedCode = "class C { int Bad; }",
            CodeActionEquivalenceKey = "NotOffered",
        }.RunAsync(),
        "The diagnostics after the code fix (no action applied) do not match FixedCode", "0 missing, 1 unexpected");

    [Fact]
    public Task Passes_WhenRemainingDiagnosticIsExpectedExplicitly() => new CodeFixTest<BadIdentifierAnalyzer, RenameFixer>
    {
        TestCode = "class C { int [|Bad|]; }",
        FixedCode = "class C { int Bad; }",
        CodeActionEquivalenceKey = "NotOffered",
        FixedExpectedDiagnostics = { Fix.Diagnostic().WithSpan(1, 15, 1, 18) },
    }.RunAsync();

    [Fact]
    public Task Fails_WhenFixProducesCompilerErrors() => Expect.FailureAsync(
        () => CSharpCodeFixVerifier<BadIdentifierAnalyzer, BrokenFixer>.VerifyCodeFixAsync("class C { int [|Bad|]; }", "class C { int Good(; }"),
        "has compiler errors", "CS1026 /0/Test0.cs(1,20)-(1,21) Error: ) expected");

    [Fact]
    public Task Fails_WhenAnOfferedActionChangesNothing() => Expect.FailureAsync(
        () => CSharpCodeFixVerifier<BadIdentifierAnalyzer, NoOpFixer>.VerifyCodeFixAsync("class C { int [|Bad|]; }", "class C { int Good; }"),
        "The code action 'Do nothing' (equivalence key 'NoOp')", "changes nothing");

    [Fact]
    public Task Fails_WhenEquivalenceKeysRepeat() => Expect.FailureAsync(
        () => CSharpCodeFixVerifier<BadIdentifierAnalyzer, DuplicateKeyFixer>.VerifyCodeFixAsync("class C { int [|Bad|]; }", "class C { int Good; }"),
        "'Rename to Good' and 'Rename to Fine'", "share the equivalence key 'Same'");

    [Fact]
    public Task Fails_WhenEquivalenceKeyIsMissing() => Expect.FailureAsync(
        () => CSharpCodeFixVerifier<BadIdentifierAnalyzer, NullKeyFixer>.VerifyCodeFixAsync("class C { int [|Bad|]; }", "class C { int Good; }"),
        "'Rename to Good' (equivalence key null)", "has no equivalence key");

    [Fact]
    public Task Fails_WhenFixDoesNotConverge() => Expect.FailureAsync(
        () => CSharpCodeFixVerifier<BadIdentifierAnalyzer, CommentingFixer>.VerifyCodeFixAsync("class C { int [|Bad|]; }", "class C { int /**/Bad; }"),
        "does not converge", "after 2 fixes");

    [Fact]
    public Task Fails_WithoutFixedCode() => Expect.FailureAsync(
        () => new CodeFixTest<BadIdentifierAnalyzer, RenameFixer> { TestCode = "class C { int [|Bad|]; }" }.RunAsync(),
        "no fixed source");

    [Fact]
    public Task Fails_WhenInitialDiagnosticsDoNotMatch() => Expect.FailureAsync(
        () => Fix.VerifyCodeFixAsync("class C { int Bad; }", "class C { int Good; }"),
        "The diagnostics of the test code do not match", "0 missing, 1 unexpected");

    [Fact]
    public Task Passes_WhenFixerReadsEditorConfig() => new CodeFixTest<BadIdentifierAnalyzer, OptionNamedFixer>
    {
        TestCode = "class C { int [|Bad|]; }",
        FixedCode = "class C { int Configured; }",
        EditorConfig = "[*.cs]\ntest_fix_name = Configured\n",
    }.RunAsync();

    [Fact]
    public Task Passes_WhenFixerReadsAdditionalFile() => new CodeFixTest<BadIdentifierAnalyzer, OptionNamedFixer>
    {
        TestCode = "class C { int [|Bad|]; }",
        FixedCode = "class C { int FromFile; }",
        AdditionalFiles = { ("Names.txt", "FromFile\n") },
    }.RunAsync();
}
