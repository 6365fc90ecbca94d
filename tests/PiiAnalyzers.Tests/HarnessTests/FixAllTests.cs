using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CodeFixes;
using PiiAnalyzers.Tests.Harness;
using Xunit;

namespace PiiAnalyzers.Tests.HarnessTests;

/// <summary>Fix All in Document, Project and Solution scope, additional projects included.</summary>
public class FixAllTests
{
    private const string Two = "class C { int [|Bad|]; void M(int [|Bad|]) { } }";
    private const string TwoFixed = "class C { int Good; void M(int Good) { } }";

    [Fact]
    public Task Fails_WithoutFixAllProvider() => Expect.FailureAsync(
        () => CSharpCodeFixVerifier<BadIdentifierAnalyzer, NoFixAllFixer>.VerifyCodeFixAsync("class C { int [|Bad|]; }", "class C { int Good; }"),
        "NoFixAllFixer.GetFixAllProvider() returns null");

    [Fact]
    public Task Passes_WithoutFixAllProviderWhenSkipped() => new CodeFixTest<BadIdentifierAnalyzer, NoFixAllFixer>
    {
        TestCode = "class C { int [|Bad|]; }",
        FixedCode = "class C { int Good; }",
        SkipFixAllCheck = true,
    }.RunAsync();

    [Fact]
    public Task Fails_WhenFixAllDiffersFromFixedCode() => Expect.FailureAsync(
        () => CSharpCodeFixVerifier<BadIdentifierAnalyzer, DifferentBatchFixer>.VerifyCodeFixAsync(Two, TwoFixed),
        "The result of Fix All in Document scope (equivalence key 'RenameToGood') does not match FixedCode", "+    1 | class C { int Batch;");

    [Fact]
    public Task Passes_WhenBatchFixedCodeIsGiven() => new CodeFixTest<BadIdentifierAnalyzer, DifferentBatchFixer>
    {
        TestCode = Two,
        FixedCode = TwoFixed,
        BatchFixedCode = "class C { int Batch; void M(int Batch) { } }",
    }.RunAsync();

    [Fact]
    public Task Fails_WhenProjectScopeFixesNothing() => Expect.FailureAsync(
        () => CSharpCodeFixVerifier<BadIdentifierAnalyzer, ProjectScopeBugFixer>.VerifyCodeFixAsync(Two, TwoFixed),
        "The result of Fix All in Project scope", "does not match FixedCode");

    [Fact]
    public Task Fails_WhenSolutionScopeMissesAnAdditionalProject() => Expect.FailureAsync(
        () => new CodeFixTest<BadIdentifierAnalyzer, SolutionScopeBugFixer>
        {
            TestCode = Two,
            FixedCode = TwoFixed,
            AdditionalProjects = { ["Other"] = new() { "public class D { public int [|Bad|]; }" } },
            FixedAdditionalProjects = { ["Other"] = new() { "public class D { public int Good; }" } },
        }.RunAsync(),
        "The result of Fix All in Solution scope", "/Other/Test0.cs:", "+    1 | public class D { public int Bad; }");

    [Fact]
    public Task Passes_WithBatchFixerAcrossProjectsAndFiles() => new CodeFixTest<BadIdentifierAnalyzer, RenameFixer>
    {
        Sources = { Two, "class E { int [|Bad|]; }" },
        FixedSources = { TwoFixed, "class E { int Good; }" },
        AdditionalProjects = { ["Other"] = new() { "public class D { public int [|Bad|]; }" } },
        FixedAdditionalProjects = { ["Other"] = new() { "public class D { public int Good; }" } },
    }.RunAsync();

    [Fact]
    public Task Fails_WhenAdditionalProjectFixIsNotExpected() => Expect.FailureAsync(
        () => new CodeFixTest<BadIdentifierAnalyzer, RenameFixer>
        {
            TestCode = "class C { }",
            FixedCode = "class C { }",
            AdditionalProjects = { ["Other"] = new() { "public class D { public int [|Bad|]; }" } },
        }.RunAsync(),
        "does not match FixedCode", "/Other/Test0.cs:");

    [Fact]
    public async Task RunsEveryScope_ThroughTheHarnessDiagnosticProvider()
    {
        while (RecordingFixer.Scopes.TryDequeue(out _))
        {
        }

        await new CodeFixTest<BadIdentifierAnalyzer, RecordingFixer>
        {
            Sources = { Two, "class E { int [|Bad|]; }" },
            FixedSources = { TwoFixed, "class E { int Good; }" },
            AdditionalProjects = { ["Other"] = new() { "public class D { public int [|Bad|]; }" } },
            FixedAdditionalProjects = { ["Other"] = new() { "public class D { public int Good; }" } },
            ProjectReferences = ProjectReferenceShapes.Compilation,
        }.RunAsync();

        var scopes = RecordingFixer.Scopes.ToList();
        Assert.Equal(3, scopes.Count(s => s == FixAllScope.Document)); // one per document with diagnostics
        Assert.Equal(2, scopes.Count(s => s == FixAllScope.Project)); // one per project
        Assert.Equal(1, scopes.Count(s => s == FixAllScope.Solution));
    }
}
