using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis.Text;

namespace PiiAnalyzers.Tests.Harness;

/// <summary>A source file of a test state: its path, its markup, and its text without markup.</summary>
internal sealed record SourceMarkup(string Path, string Markup, MarkupResult Parsed)
{
    public string Text => Parsed.Text;

    public SourceText SourceText { get; } = SourceText.From(Parsed.Text);
}

/// <summary>A project of a test state.</summary>
internal sealed record ProjectMarkup(string Name, ImmutableArray<SourceMarkup> Documents);

/// <summary>
/// One state of the test solution (the sources under test, the fixed sources, the Fix All sources): the main
/// project (<c>TestProject</c>, files <c>/0/Test{n}.cs</c>) first, then each additional project by name
/// (files <c>/{name}/Test{n}.cs</c>), every file parsed from markup.
/// </summary>
internal sealed class SolutionMarkup
{
    public const string MainProjectName = "TestProject";

    private SolutionMarkup(ImmutableArray<ProjectMarkup> projects) => Projects = projects;

    public ImmutableArray<ProjectMarkup> Projects { get; }

    public IEnumerable<SourceMarkup> Documents => Projects.SelectMany(p => p.Documents);

    public static SolutionMarkup Parse(IReadOnlyList<string> mainSources, IReadOnlyDictionary<string, List<string>> additionalProjects)
    {
        var projects = ImmutableArray.CreateBuilder<ProjectMarkup>();
        projects.Add(ParseProject(MainProjectName, "/0/", mainSources));
        foreach (var (name, sources) in additionalProjects.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (string.IsNullOrWhiteSpace(name) || name == MainProjectName || name == "0" || name.IndexOfAny(new[] { '/', '\\' }) >= 0)
            {
                throw new Xunit.Sdk.XunitException($"'{name}' cannot name an additional project.");
            }

            projects.Add(ParseProject(name, "/" + name + "/", sources));
        }

        return new SolutionMarkup(projects.ToImmutable());
    }

    private static ProjectMarkup ParseProject(string name, string directory, IReadOnlyList<string> sources)
    {
        var documents = sources
            .Select((markup, i) =>
            {
                string path = directory + "Test" + i + ".cs";
                return new SourceMarkup(path, markup, MarkupParser.Parse(path, markup));
            })
            .ToImmutableArray();
        return new ProjectMarkup(name, documents);
    }
}
