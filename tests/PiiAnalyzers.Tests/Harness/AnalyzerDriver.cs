using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace PiiAnalyzers.Tests.Harness;

/// <summary>
/// Runs one analyzer instance over projects of the test solution (concurrent analysis on, with the project's
/// own <see cref="Project.AnalyzerOptions"/>), caches the result per project snapshot, and fails on any
/// analyzer exception (AD0001 or the <c>onAnalyzerException</c> callback). The diagnostics include the
/// compiler's, with the severities the compilation options and config files give them. The project's references
/// to other projects of the solution are compilation references, as editors load them, or, with
/// <see cref="ProjectReferenceShapes.Metadata"/>, the other projects' built reference assemblies.
/// </summary>
internal sealed class AnalyzerDriver
{
    private const string AnalyzerExceptionId = "AD0001";

    private readonly ConditionalWeakTable<Project, Task<ImmutableArray<Diagnostic>>> _cache = new();

    public AnalyzerDriver(DiagnosticAnalyzer analyzer, ProjectReferenceShapes shape = ProjectReferenceShapes.Compilation)
    {
        if (shape is not (ProjectReferenceShapes.Compilation or ProjectReferenceShapes.Metadata))
        {
            throw new ArgumentOutOfRangeException(nameof(shape), shape, "A driver analyzes in one shape of project references.");
        }

        Analyzer = analyzer;
        Shape = shape;
        Descriptors = analyzer.SupportedDiagnostics;
        AnalyzerIds = Descriptors.Select(d => d.Id).ToImmutableHashSet();
    }

    public DiagnosticAnalyzer Analyzer { get; }

    /// <summary>How the analyzed projects see the other projects of the solution.</summary>
    public ProjectReferenceShapes Shape { get; }

    public ImmutableArray<DiagnosticDescriptor> Descriptors { get; }

    public ImmutableHashSet<string> AnalyzerIds { get; }

    public Task<ImmutableArray<Diagnostic>> GetDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
        _cache.GetValue(project, p => AnalyzeAsync(p, cancellationToken));

    /// <summary>The diagnostics of the given projects, in project, file and position order.</summary>
    public async Task<ImmutableArray<Diagnostic>> GetDiagnosticsAsync(Solution solution, IEnumerable<ProjectId> projectIds, CancellationToken cancellationToken)
    {
        var result = ImmutableArray.CreateBuilder<Diagnostic>();
        foreach (ProjectId id in projectIds)
        {
            result.AddRange(await GetDiagnosticsAsync(solution.GetProject(id)!, cancellationToken).ConfigureAwait(false));
        }

        return result.ToImmutable();
    }

    /// <summary>
    /// Compares the diagnostics of the solution with the expectations and fails with an annotated report.
    /// Compiler diagnostics take part when they are errors or when their id is expected.
    /// </summary>
    public async Task VerifyAsync(
        Solution solution, ImmutableArray<ProjectId> projectIds, ImmutableArray<ExpectedDiagnostic> expected,
        string title, string compilerErrorNote, CancellationToken cancellationToken)
    {
        var all = await GetDiagnosticsAsync(solution, projectIds, cancellationToken).ConfigureAwait(false);
        var expectedIds = expected.Select(e => e.Id).ToHashSet();
        var actual = all.Where(d => AnalyzerIds.Contains(d.Id) || d.Severity == DiagnosticSeverity.Error || expectedIds.Contains(d.Id)).ToList();
        var comparison = DiagnosticComparison.Compare(expected, actual);
        if (comparison.Success)
        {
            return;
        }

        var notes = new List<string>();
        var undeclaredErrors = comparison.Unexpected.Where(d => !AnalyzerIds.Contains(d.Id) && d.Severity == DiagnosticSeverity.Error).ToList();
        if (undeclaredErrors.Count > 0)
        {
            notes.Add($"{compilerErrorNote} (declare an intended one with {{|{undeclaredErrors[0].Id}:…|}} markup or " +
                $"DiagnosticResult.CompilerError(\"{undeclaredErrors[0].Id}\")): " + string.Join("; ", undeclaredErrors.Select(DiagnosticReport.Describe)));
        }

        var documents = await DocumentsAsync(solution, projectIds, cancellationToken).ConfigureAwait(false);
        throw new Xunit.Sdk.XunitException(DiagnosticReport.Format(title, comparison, documents, notes));
    }

    public static async Task<IReadOnlyList<(string Path, SourceText Text)>> DocumentsAsync(
        Solution solution, IEnumerable<ProjectId> projectIds, CancellationToken cancellationToken)
    {
        var documents = new List<(string, SourceText)>();
        foreach (ProjectId id in projectIds)
        {
            foreach (Document document in solution.GetProject(id)!.Documents)
            {
                documents.Add((document.FilePath ?? document.Name, await document.GetTextAsync(cancellationToken).ConfigureAwait(false)));
            }
        }

        return documents;
    }

    private async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Project project, CancellationToken cancellationToken)
    {
        Compilation compilation = await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Project {project.Name} has no compilation.");
        if (Shape == ProjectReferenceShapes.Metadata)
        {
            compilation = BuiltReferences.WithBuiltReferences(compilation);
        }

        var exceptions = new ConcurrentQueue<(Exception Exception, Diagnostic Diagnostic)>();
        var options = new CompilationWithAnalyzersOptions(
            project.AnalyzerOptions,
            (exception, _, diagnostic) => exceptions.Enqueue((exception, diagnostic)),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false,
            reportSuppressedDiagnostics: false);
        var diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create(Analyzer), options)
            .GetAllDiagnosticsAsync(cancellationToken).ConfigureAwait(false);

        var reported = diagnostics.Where(d => d.Id == AnalyzerExceptionId).ToList();
        if (!exceptions.IsEmpty || reported.Count > 0)
        {
            var text = new StringBuilder($"The analyzer {Analyzer.GetType().FullName} threw in project {project.Name} (AD0001), with {BuiltReferences.Describe(Shape)}:");
            foreach (var (exception, diagnostic) in exceptions)
            {
                text.AppendLine().AppendLine(diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).AppendLine(exception.ToString());
            }

            foreach (Diagnostic diagnostic in reported)
            {
                text.AppendLine().AppendLine(diagnostic.ToString());
            }

            throw new Xunit.Sdk.XunitException(text.ToString());
        }

        return diagnostics
            .OrderBy(d => d.Location.SourceTree?.FilePath ?? d.Location.GetLineSpan().Path ?? "", StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToImmutableArray();
    }
}
