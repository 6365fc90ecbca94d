using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Threading.Tasks;
using System.Threading;
using System;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Microsoft.CodeAnalysis;
using PiiAnalyzers.Analysis;
using PiiAnalyzers.CodeFixes.Redaction;
using PiiAnalyzers.Tests.Harness;

namespace PiiAnalyzers.Tests.Robustness;

/// <summary>
/// What the robustness tests share: every analyzer and every code fix of the package (found by reflection, so a new
/// rule or fix joins by itself), compilations against the tests' references, a run of all analyzers that collects
/// exceptions instead of throwing, and the offered fixes of a diagnostic computed in full.
/// </summary>
internal static class RobustnessKit
{
    /// <summary>How long one analysis of one small input may take before it counts as a hang.</summary>
    public static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(30);

    /// <summary>How long one analysis of a whole project (the sample, the generated code base) may take on a busy 2-core machine.</summary>
    public static readonly TimeSpan ProjectHangLimit = TimeSpan.FromMinutes(2);

    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static readonly Lazy<CSharpCompilation> LazyEmpty = new(() => CSharpCompilation.Create(
        "Robustness",
        Array.Empty<SyntaxTree>(),
        TestReferences.Framework.AddRange(TestReferences.Libraries).Add(TestReferences.Annotations),
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable)));

    /// <summary>A new instance of every analyzer of the PiiAnalyzers assembly.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> CreateAnalyzers() =>
        Instances<DiagnosticAnalyzer, DiagnosticAnalyzerAttribute>(typeof(PersonalDataSinkAnalyzer).Assembly);

    /// <summary>Every code fix of the PiiAnalyzers.CodeFixes assembly.</summary>
    public static ImmutableArray<CodeFixProvider> Fixers { get; } =
        Instances<CodeFixProvider, ExportCodeFixProviderAttribute>(typeof(RedactPersonalDataCodeFixProvider).Assembly);

    /// <summary>The ids of the package's analyzers.</summary>
    public static ImmutableHashSet<string> AnalyzerIds { get; } =
        CreateAnalyzers().SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).ToImmutableHashSet();

    /// <summary>A compilation of the sources (one syntax tree each) that shares the references' symbols with every other.</summary>
    public static CSharpCompilation Compile(IEnumerable<(string Path, string Text)> sources) =>
        LazyEmpty.Value.AddSyntaxTrees(sources.Select(s => CSharpSyntaxTree.ParseText(SourceText.From(s.Text, Encoding.UTF8), ParseOptions, s.Path)));

    public static CSharpCompilation Compile(params string[] sources) =>
        Compile(sources.Select((s, i) => ($"/0/Test{i}.cs", s)));

    /// <summary>
    /// All analyzers (fresh instances unless given) over the compilation, concurrently, bounded by
    /// <see cref="HangLimit"/> for a document and <see cref="ProjectHangLimit"/> for a whole compilation; exceptions (the callback and AD0001) are collected, never thrown.
    /// </summary>
    /// <param name="document">
    /// Only this syntax tree, as the IDE analyses the document being edited (its syntax and semantic diagnostics,
    /// symbol actions on what it declares); <see langword="null"/> for the whole compilation, as a build does.
    /// </param>
    public static async Task<AnalysisOutcome> AnalyzeAsync(
        Compilation compilation, AnalyzerOptions? options = null, ImmutableArray<DiagnosticAnalyzer> analyzers = default, SyntaxTree? document = null)
    {
        TimeSpan limit = document is null ? ProjectHangLimit : HangLimit;
        using var timeout = new CancellationTokenSource(limit);
        var exceptions = new ConcurrentQueue<string>();
        var withAnalyzers = compilation.WithAnalyzers(
            analyzers.IsDefault ? CreateAnalyzers() : analyzers,
            new CompilationWithAnalyzersOptions(
                options ?? new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
                (exception, analyzer, _) => exceptions.Enqueue($"{analyzer.GetType().Name}: {exception}"),
                concurrentAnalysis: true,
                logAnalyzerExecutionTime: false,
                reportSuppressedDiagnostics: false));
        ImmutableArray<Diagnostic> diagnostics;
        try
        {
            if (document is null)
            {
                diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(timeout.Token).ConfigureAwait(false);
            }
            else
            {
                var syntax = await withAnalyzers.GetAnalyzerSyntaxDiagnosticsAsync(document, timeout.Token).ConfigureAwait(false);
                var semantic = await withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(
                    withAnalyzers.Compilation.GetSemanticModel(document), filterSpan: null, timeout.Token).ConfigureAwait(false);
                diagnostics = syntax.AddRange(semantic);
            }
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            return new AnalysisOutcome(ImmutableArray<Diagnostic>.Empty, ImmutableArray.Create($"no result within {limit.TotalSeconds:F0} s (a hang)"));
        }

        foreach (Diagnostic ad0001 in diagnostics.Where(d => d.Id == "AD0001"))
        {
            exceptions.Enqueue(ad0001.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        }

        return new AnalysisOutcome(diagnostics.Where(d => d.Id != "AD0001").ToImmutableArray(), exceptions.ToImmutableArray());
    }

    /// <summary>An ad-hoc solution with one project of the sources (and optional config and additional files), as the harness builds it.</summary>
    public static (Solution Solution, ProjectId Project) Solution(
        IEnumerable<(string Path, string Text)> sources, string? editorConfig = null, IEnumerable<(string Path, string Text)>? additionalFiles = null,
        string? globalConfig = null)
    {
        var settings = new ProjectSettings(
            ParseOptions.LanguageVersion, OutputKind.DynamicallyLinkedLibrary, ReferenceAnnotations: true, Array.Empty<MetadataReference>(),
            editorConfig, globalConfig, (additionalFiles ?? Enumerable.Empty<(string, string)>()).ToList());
        var (solution, ids) = TestSolutionFactory.Create(
            settings, new[] { ("Robustness", sources.Select(s => (s.Path, SourceText.From(s.Text, Encoding.UTF8)))) });
        return (solution, ids[0]);
    }

    /// <summary>All analyzers over a project of the solution, with its own options (config and additional files).</summary>
    public static async Task<AnalysisOutcome> AnalyzeAsync(Project project)
    {
        Compilation compilation = (await project.GetCompilationAsync().ConfigureAwait(false))!;
        return await AnalyzeAsync(compilation, project.AnalyzerOptions).ConfigureAwait(false);
    }

    /// <summary>
    /// Every action every fixer offers for the diagnostic, each computed in full (its operations), bounded by
    /// <see cref="HangLimit"/>. Returns the number of actions; exceptions are added to <paramref name="failures"/>.
    /// </summary>
    public static async Task<int> ComputeFixesAsync(Solution solution, Diagnostic diagnostic, ConcurrentQueue<string> failures, string where)
    {
        Document? document = diagnostic.Location.SourceTree is { } tree ? solution.GetDocument(tree) : null;
        if (document is null)
        {
            return 0;
        }

        int computed = 0;
        using var timeout = new CancellationTokenSource(HangLimit);
        foreach (CodeFixProvider fixer in Fixers.Where(f => f.FixableDiagnosticIds.Contains(diagnostic.Id)))
        {
            try
            {
                var actions = new List<CodeAction>();
                await fixer.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), timeout.Token)).ConfigureAwait(false);
                foreach (CodeAction action in CodeActions.Flatten(actions))
                {
                    await action.GetOperationsAsync(timeout.Token).ConfigureAwait(false);
                    computed++;
                }
            }
            catch (OperationCanceledException) when (timeout.IsCancellationRequested)
            {
                failures.Enqueue($"{fixer.GetType().Name} gave no fix within {HangLimit.TotalSeconds:F0} s for {diagnostic} in {where}");
            }
            catch (Exception e)
            {
                failures.Enqueue($"{fixer.GetType().Name} threw for {diagnostic} in {where}: {e}");
            }
        }

        return computed;
    }

    /// <summary>A new instance of each concrete <typeparamref name="T"/> of the assembly exported with <typeparamref name="TExport"/>, by type name.</summary>
    private static ImmutableArray<T> Instances<T, TExport>(Assembly assembly)
        where TExport : Attribute =>
        assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(T).IsAssignableFrom(t) && t.IsDefined(typeof(TExport), false))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (T)Activator.CreateInstance(t)!)
            .ToImmutableArray();

    /// <summary>A diagnostic as the failures and comparisons show it: id, file, line and column, message.</summary>
    public static string Describe(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        return $"{diagnostic.Id} {span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): " +
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Fails with the first few failures and their count.</summary>
    public static void AssertNoFailures(IReadOnlyCollection<string> failures, string what)
    {
        if (failures.Count > 0)
        {
            throw new Xunit.Sdk.XunitException($"{failures.Count} failure(s) {what}:\n" + string.Join("\n\n", failures.Take(5)));
        }
    }

    /// <summary>A file of the test output directory (the csproj copies the corpus there).</summary>
    public static string OutputPath(params string[] parts) =>
        System.IO.Path.Combine(new[] { AppContext.BaseDirectory }.Concat(parts).ToArray());
}

/// <summary>The diagnostics of an analysis, and the exceptions and hangs it met.</summary>
internal sealed record AnalysisOutcome(ImmutableArray<Diagnostic> Diagnostics, ImmutableArray<string> Exceptions);
