using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PiiAnalyzers.Tests.Harness;
using Xunit;

namespace PiiAnalyzers.Tests.HarnessTests;

/// <summary>Several files, additional projects, references, language version and output kind.</summary>
public class ProjectTests
{
    [Fact]
    public Task Passes_WithMarkupInSeveralFiles() => new AnalyzerTest<BadIdentifierAnalyzer>
    {
        Sources = { "class C { int [|Bad|]; }", "class D { int [|Bad|]; }" },
    }.RunAsync();

    [Fact]
    public Task Fails_WhenSecondFileHasUnexpectedDiagnostic() => Expect.FailureAsync(
        () => new AnalyzerTest<BadIdentifierAnalyzer> { Sources = { "class C { int [|Bad|]; }", "class D { int Bad; }" } }.RunAsync(),
        "0 missing, 1 unexpected", "TEST001 /0/Test1.cs(1,15)-(1,18)");

    [Fact]
    public Task Passes_WithAdditionalProjectReferencedByMain() => new AnalyzerTest<BadIdentifierAnalyzer>
    {
        TestCode = "class C { Other.D d = new Other.D(); int [|Bad|]; }",
        AdditionalProjects = { ["Other"] = new() { "namespace Other; public class D { public int [|Bad|]; }" } },
    }.RunAsync();

    [Fact]
    public Task Fails_WhenAdditionalProjectHasUnexpectedDiagnostic() => Expect.FailureAsync(
        () => new AnalyzerTest<BadIdentifierAnalyzer>
        {
            TestCode = "class C { }",
            AdditionalProjects = { ["Other"] = new() { "public class D { public int Bad; }" } },
        }.RunAsync(),
        "0 missing, 1 unexpected", "TEST001 /Other/Test0.cs(1,29)-(1,32)");

    [Fact]
    public Task Passes_WithFrameworkAndLibraryReferences() => new AnalyzerTest<BadIdentifierAnalyzer>
    {
        TestCode = """
            using Microsoft.Extensions.Logging;
            using PiiAnalyzers;

            public class Customer : Microsoft.AspNetCore.Identity.IdentityUser { [PersonalData(PersonalDataKind.Email)] public string Mail { get; set; } = ""; }

            public class C
            {
                public void M(ILogger logger, Serilog.ILogger serilog, NLog.Logger nlog, Customer customer)
                {
                    logger.LogInformation("{Id}", customer.Id);
                    serilog.Information("{Id}", customer.Id);
                    nlog.Info("{Id}", customer.Id);
                    _ = Newtonsoft.Json.JsonConvert.SerializeObject(customer);
                    _ = System.Text.Json.JsonSerializer.Serialize(customer);
                    _ = PiiAnalyzers.Redact.Mask(customer.Mail);
                }
            }
            """,
    }.RunAsync();

    [Fact]
    public Task Fails_WithoutAnnotationsReference() => Expect.FailureAsync(
        () => new AnalyzerTest<BadIdentifierAnalyzer>
        {
            TestCode = "class C { [PiiAnalyzers.PersonalData] public string Mail { get; set; } = \"\"; }",
            ReferenceAnnotations = false,
        }.RunAsync(),
        "compiler errors that the test does not declare", "CS0246");

    [Fact]
    public Task Passes_WithAdditionalReference() => new AnalyzerTest<BadIdentifierAnalyzer>
    {
        TestCode = "class C { void M() => Xunit.Assert.True(true); }",
        AdditionalReferences = { TestReferences.FromAssembly(typeof(Assert).Assembly) },
    }.RunAsync();

    [Fact]
    public Task Fails_WhenLanguageVersionLacksFeature() => Expect.FailureAsync(
        () => new AnalyzerTest<BadIdentifierAnalyzer>
        {
            TestCode = "class C { bool M(object o) => o is not null; }",
            LanguageVersion = LanguageVersion.CSharp7_3,
        }.RunAsync(),
        "compiler errors that the test does not declare");

    [Fact]
    public Task Passes_WithTopLevelStatementsInConsoleApplication() => new AnalyzerTest<BadIdentifierAnalyzer>
    {
        TestCode = "System.Console.WriteLine(1);",
        OutputKind = OutputKind.ConsoleApplication,
    }.RunAsync();

    [Fact]
    public Task Fails_WithTopLevelStatementsInLibrary() => Expect.FailureAsync(
        () => new AnalyzerTest<BadIdentifierAnalyzer> { TestCode = "System.Console.WriteLine(1);" }.RunAsync(),
        "CS8805");

    [Fact]
    public Task Fails_WithoutSources() => Expect.FailureAsync(
        () => new AnalyzerTest<BadIdentifierAnalyzer>().RunAsync(), "no source");

    [Fact]
    public Task Passes_InBothShapes_WhenTheDiagnosticsAgree() => new AnalyzerTest<BadIdentifierAnalyzer>
    {
        TestCode = "class C { int M() => new Other.D().Get(); int [|Bad|]; }",
        AdditionalProjects = { ["Other"] = new() { "namespace Other; public class D { public int Get() => 1; }" } },
    }.RunAsync();

    [Fact]
    public Task Fails_WhenTheDiagnosticsDependOnTheShapeOfProjectReferences() => Expect.FailureAsync(
        () => new AnalyzerTest<SourceElsewhereAnalyzer>
        {
            TestCode = "class C { int M() => [|new Other.D().Get()|]; }",
            AdditionalProjects = { ["Other"] = new() { "namespace Other; public class D { public int Get() => 1; }" } },
        }.RunAsync(),
        "1 missing, 0 unexpected", "built reference assemblies");

    [Fact]
    public Task Passes_InTheCompilationShapeOnly_WhenAsked() => new AnalyzerTest<SourceElsewhereAnalyzer>
    {
        TestCode = "class C { int M() => [|new Other.D().Get()|]; }",
        AdditionalProjects = { ["Other"] = new() { "namespace Other; public class D { public int Get() => 1; }" } },
        ProjectReferences = ProjectReferenceShapes.Compilation,
    }.RunAsync();

    [Fact]
    public Task Passes_InTheMetadataShapeOnly_WhenAsked() => new AnalyzerTest<SourceElsewhereAnalyzer>
    {
        TestCode = "class C { int M() => new Other.D().Get(); }",
        AdditionalProjects = { ["Other"] = new() { "namespace Other; public class D { public int Get() => 1; }" } },
        ProjectReferences = ProjectReferenceShapes.Metadata,
    }.RunAsync();

    [Fact]
    public Task Fails_InTheMetadataShape_WhenTheOtherProjectDoesNotBuild() => Expect.FailureAsync(
        () => new AnalyzerTest<BadIdentifierAnalyzer>
        {
            TestCode = "class C { }",
            AdditionalProjects = { ["Other"] = new() { "public class D { public {|CS0246:Missing|} M() => null; }" } },
        }.RunAsync(),
        "does not build", "CS0246");

    [Fact]
    public Task Fails_WithoutAnyShape() => Expect.FailureAsync(
        () => new AnalyzerTest<BadIdentifierAnalyzer>
        {
            TestCode = "class C { }",
            AdditionalProjects = { ["Other"] = new() { "public class D { }" } },
            ProjectReferences = 0,
        }.RunAsync(),
        "names no shape");
}
