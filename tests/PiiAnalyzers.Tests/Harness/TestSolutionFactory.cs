using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace PiiAnalyzers.Tests.Harness;

/// <summary>What a test configures about its projects, besides the sources.</summary>
internal sealed record ProjectSettings(
    LanguageVersion LanguageVersion,
    OutputKind OutputKind,
    bool ReferenceAnnotations,
    IReadOnlyList<MetadataReference> AdditionalReferences,
    string? EditorConfig,
    string? GlobalConfig,
    IReadOnlyList<(string Path, string Content)> AdditionalFiles);

/// <summary>
/// Builds the test solution in an <see cref="AdhocWorkspace"/>: the main project with the sources,
/// <c>/0/.editorconfig</c>, <c>/0/.globalconfig</c> and the additional files; each additional project with its
/// sources, referenced by the main project. Workspaces (4.14) turns the config documents into the
/// compilation's <c>SyntaxTreeOptionsProvider</c> and <see cref="Project.AnalyzerOptions"/>, and the
/// additional documents into <c>AnalyzerOptions.AdditionalFiles</c>; the analyzer and the fixer see that project.
/// </summary>
internal static class TestSolutionFactory
{
    public const string EditorConfigPath = "/0/.editorconfig";
    public const string GlobalConfigPath = "/0/.globalconfig";

    public static (Solution Solution, ImmutableArray<ProjectId> ProjectIds) Create(ProjectSettings settings, SolutionMarkup state) =>
        Create(settings, state.Projects.Select(p => (p.Name, p.Documents.Select(d => (d.Path, d.SourceText)))).ToList());

    /// <summary>
    /// The same solution from plain files: each project by name with its documents (path and text), the first the
    /// main project that references the others and gets the config and additional files.
    /// </summary>
    public static (Solution Solution, ImmutableArray<ProjectId> ProjectIds) Create(
        ProjectSettings settings, IReadOnlyList<(string Name, IEnumerable<(string Path, SourceText Text)> Documents)> projects)
    {
        var workspace = new AdhocWorkspace();
        Solution solution = workspace.CurrentSolution;
        var parseOptions = new CSharpParseOptions(settings.LanguageVersion);
        var compilationOptions = new CSharpCompilationOptions(settings.OutputKind, nullableContextOptions: NullableContextOptions.Enable);
        var references = TestReferences.Framework.Concat(TestReferences.Libraries)
            .Concat(settings.ReferenceAnnotations ? new[] { TestReferences.Annotations } : Enumerable.Empty<MetadataReference>())
            .Concat(settings.AdditionalReferences)
            .ToList();

        var ids = projects.Select(_ => ProjectId.CreateNewId()).ToImmutableArray();
        for (int p = 0; p < projects.Count; p++)
        {
            var (name, documents) = projects[p];
            var projectReferences = p == 0 ? ids.Skip(1).Select(id => new ProjectReference(id)) : Enumerable.Empty<ProjectReference>();
            solution = solution.AddProject(ProjectInfo.Create(
                ids[p], VersionStamp.Default, name, name, LanguageNames.CSharp,
                compilationOptions: compilationOptions,
                parseOptions: parseOptions,
                metadataReferences: references,
                projectReferences: projectReferences));
            foreach (var (path, text) in documents)
            {
                solution = solution.AddDocument(DocumentId.CreateNewId(ids[p]), Path.GetFileName(path), text, filePath: path);
            }
        }

        ProjectId main = ids[0];
        if (settings.EditorConfig is { } editorConfig)
        {
            solution = solution.AddAnalyzerConfigDocument(DocumentId.CreateNewId(main), ".editorconfig", SourceText.From(editorConfig), filePath: EditorConfigPath);
        }

        if (settings.GlobalConfig is { } globalConfig)
        {
            string content = globalConfig.Contains("is_global", System.StringComparison.Ordinal) ? globalConfig : "is_global = true\n" + globalConfig;
            solution = solution.AddAnalyzerConfigDocument(DocumentId.CreateNewId(main), ".globalconfig", SourceText.From(content), filePath: GlobalConfigPath);
        }

        foreach (var (path, content) in settings.AdditionalFiles)
        {
            string fullPath = path.StartsWith('/') ? path : "/0/" + path;
            solution = solution.AddAdditionalDocument(DocumentId.CreateNewId(main), Path.GetFileName(fullPath), SourceText.From(content), filePath: fullPath);
        }

        return (solution, ids);
    }
}
