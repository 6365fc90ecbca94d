using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PiiAnalyzers.Tests.Harness;

/// <summary>What one run of a test works on: the analyzer, the solution under test and its projects (main first).</summary>
internal sealed record TestRun(AnalyzerDriver Driver, Solution Solution, ImmutableArray<ProjectId> ProjectIds, SolutionMarkup State);

/// <summary>
/// An analyzer test, configurable like Microsoft.CodeAnalysis.Testing's <c>AnalyzerTest</c>: sources with
/// markup, config files, additional files and projects, and the expected diagnostics. <see cref="RunAsync"/>
/// fails (xunit) when the diagnostics, compiler errors included, differ from the expectations or the analyzer throws.
/// </summary>
public class AnalyzerTest<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    /// <summary>The first source (<c>/0/Test0.cs</c>): a shortcut for <c>Sources[0]</c>.</summary>
    public string TestCode
    {
        set => SetFirst(Sources, value);
    }

    /// <summary>The sources of the main project, <c>/0/Test0.cs</c>, <c>/0/Test1.cs</c>, …, each with markup.</summary>
    public List<string> Sources { get; } = new();

    /// <summary>AdditionalFiles items of the main project; a relative path is put under <c>/0/</c>.</summary>
    public List<(string Path, string Content)> AdditionalFiles { get; } = new();

    /// <summary>The content of <c>/0/.editorconfig</c> (sections like <c>[*.cs]</c> or <c>[Test1.cs]</c>, relative to <c>/0/</c>).</summary>
    public string? EditorConfig { get; set; }

    /// <summary>The content of <c>/0/.globalconfig</c>; <c>is_global = true</c> is added when missing.</summary>
    public string? GlobalConfig { get; set; }

    /// <summary>
    /// Other projects of the solution: name → sources with markup (<c>/{name}/Test{n}.cs</c>). The main project
    /// references each of them; config files and additional files belong to the main project only.
    /// </summary>
    public Dictionary<string, List<string>> AdditionalProjects { get; } = new();

    /// <summary>
    /// How the main project sees <see cref="AdditionalProjects"/>: by default both as compilation references (as
    /// editors load a solution) and as built reference assemblies (as <c>dotnet build</c> passes them), one run after
    /// the other with the same expectations. Ignored when the test has one project.
    /// </summary>
    public ProjectReferenceShapes ProjectReferences { get; set; } = ProjectReferenceShapes.Both;

    /// <summary>Expected diagnostics besides the ones in markup.</summary>
    public List<DiagnosticResult> ExpectedDiagnostics { get; } = new();

    /// <summary>The C# version of every project.</summary>
    public LanguageVersion LanguageVersion { get; set; } = LanguageVersion.CSharp12;

    /// <summary>The output kind of every project.</summary>
    public OutputKind OutputKind { get; set; } = OutputKind.DynamicallyLinkedLibrary;

    /// <summary>Whether the projects reference PiiAnalyzers.Annotations.dll.</summary>
    public bool ReferenceAnnotations { get; set; } = true;

    /// <summary>More references for every project.</summary>
    public List<MetadataReference> AdditionalReferences { get; } = new();

    /// <summary>Runs the analyzer and checks the diagnostics (and, in <see cref="CodeFixTest{TAnalyzer, TCodeFix}"/>, the fix).</summary>
    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        if (Sources.Count == 0)
        {
            throw new Xunit.Sdk.XunitException("The test has no source: set TestCode or Sources.");
        }

        var state = SolutionMarkup.Parse(Sources, AdditionalProjects);
        var settings = new ProjectSettings(
            LanguageVersion, OutputKind, ReferenceAnnotations, AdditionalReferences, EditorConfig, GlobalConfig, AdditionalFiles);
        var (solution, projectIds) = TestSolutionFactory.Create(settings, state);
        ProjectReferenceShapes shapes = AdditionalProjects.Count == 0 ? ProjectReferenceShapes.Compilation : ProjectReferences;
        if (!BuiltReferences.Each(shapes).Any())
        {
            throw new Xunit.Sdk.XunitException("ProjectReferences names no shape of project references to run the test with.");
        }

        foreach (ProjectReferenceShapes shape in BuiltReferences.Each(shapes))
        {
            var driver = new AnalyzerDriver(new TAnalyzer(), shape);
            var expected = ExpectationResolver.Resolve(state, ExpectedDiagnostics, driver.Descriptors, "TestCode");
            string with = AdditionalProjects.Count == 0 ? "" : $", with {BuiltReferences.Describe(shape)}";
            await driver.VerifyAsync(
                solution, projectIds, expected,
                "The diagnostics of the test code do not match the expected ones" + with,
                "The test code has compiler errors that the test does not declare",
                cancellationToken).ConfigureAwait(false);
            await VerifyFixAsync(new TestRun(driver, solution, projectIds, state), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The code-fix checks of a derived test; nothing here.</summary>
    private protected virtual Task VerifyFixAsync(TestRun run, CancellationToken cancellationToken) => Task.CompletedTask;

    private protected static void SetFirst(List<string> list, string value)
    {
        if (list.Count == 0)
        {
            list.Add(value);
        }
        else
        {
            list[0] = value;
        }
    }
}
