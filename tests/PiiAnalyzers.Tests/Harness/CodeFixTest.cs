using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PiiAnalyzers.Tests.Harness;

/// <summary>
/// A code-fix test, configurable like Microsoft.CodeAnalysis.Testing's <c>CodeFixTest</c>. Besides the analyzer
/// checks it applies the fix one diagnostic at a time and with Fix All in Document, Project and Solution scope,
/// and compares each result with the fixed sources: same text, no undeclared compiler error, and the remaining
/// diagnostics those of the fixed sources' markup and <see cref="FixedExpectedDiagnostics"/>.
/// </summary>
public class CodeFixTest<TAnalyzer, TCodeFix> : AnalyzerTest<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    /// <summary>The expected first source after the fix: a shortcut for <c>FixedSources[0]</c>.</summary>
    public string FixedCode
    {
        set => SetFirst(FixedSources, value);
    }

    /// <summary>The expected sources after the fix, with markup for the diagnostics that remain.</summary>
    public List<string> FixedSources { get; } = new();

    /// <summary>The expected sources of additional projects after the fix; a project not listed is expected unchanged.</summary>
    public Dictionary<string, List<string>> FixedAdditionalProjects { get; } = new();

    /// <summary>Diagnostics that remain after the fix, besides the ones in the fixed sources' markup.</summary>
    public List<DiagnosticResult> FixedExpectedDiagnostics { get; } = new();

    /// <summary>The equivalence key of the action to apply; default: the first action offered.</summary>
    public string? CodeActionEquivalenceKey { get; set; }

    /// <summary>The index of the action to apply among those offered, when no equivalence key is given.</summary>
    public int? CodeActionIndex { get; set; }

    /// <summary>The expected Fix All result of the first source, when it differs from <see cref="FixedCode"/>.</summary>
    public string? BatchFixedCode
    {
        set
        {
            if (value is not null)
            {
                SetFirst(BatchFixedSources, value);
            }
        }
    }

    /// <summary>The expected Fix All results, when they differ from <see cref="FixedSources"/> (empty: the same).</summary>
    public List<string> BatchFixedSources { get; } = new();

    /// <summary>Skips the Fix All checks (a fixer without a Fix All provider).</summary>
    public bool SkipFixAllCheck { get; set; }

    private protected override async Task VerifyFixAsync(TestRun run, CancellationToken cancellationToken)
    {
        if (FixedSources.Count == 0)
        {
            throw new Xunit.Sdk.XunitException("The code-fix test has no fixed source: set FixedCode or FixedSources.");
        }

        var fixer = new TCodeFix();
        var runner = new CodeFixRunner(run.Driver, fixer, run.ProjectIds, CodeActionEquivalenceKey, CodeActionIndex);
        var fixedProjects = FixedProjects();
        var fixedState = SolutionMarkup.Parse(FixedSources, fixedProjects);
        var fixedExpected = ExpectationResolver.Resolve(fixedState, FixedExpectedDiagnostics, run.Driver.Descriptors, "FixedCode");

        await runner.CheckOfferedActionsAsync(run.Solution, cancellationToken).ConfigureAwait(false);
        var (fixedSolution, firstAction, applied) = await runner.FixOneByOneAsync(run.Solution, cancellationToken).ConfigureAwait(false);
        string what = firstAction is null ? "the code fix (no action applied)" : $"the code fix ({applied} x {CodeActions.Describe(firstAction)})";
        await VerifyStateAsync(run, fixedSolution, fixedState, fixedExpected, what, "FixedCode", cancellationToken).ConfigureAwait(false);

        if (SkipFixAllCheck)
        {
            return;
        }

        FixAllProvider provider = fixer.GetFixAllProvider() ?? throw new Xunit.Sdk.XunitException(
            $"{typeof(TCodeFix).Name}.GetFixAllProvider() returns null: every fix must support Fix All (SkipFixAllCheck skips this check).");
        string? key = firstAction?.EquivalenceKey ?? CodeActionEquivalenceKey;
        var (batchState, batchExpected, batchName) = (fixedState, fixedExpected, "FixedCode");
        if (BatchFixedSources.Count > 0)
        {
            batchState = SolutionMarkup.Parse(BatchFixedSources, fixedProjects);
            batchExpected = ExpectationResolver.Resolve(batchState, FixedExpectedDiagnostics, run.Driver.Descriptors, "BatchFixedCode");
            batchName = "BatchFixedCode";
        }

        var supported = provider.GetSupportedFixAllScopes().ToHashSet();
        var scopes = new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution }.Where(supported.Contains).ToList();
        if (scopes.Count == 0)
        {
            throw new Xunit.Sdk.XunitException($"The Fix All provider of {typeof(TCodeFix).Name} supports none of the Document, Project and Solution scopes.");
        }

        foreach (FixAllScope scope in scopes)
        {
            Solution result = await runner.FixAllAsync(run.Solution, provider, scope, key, cancellationToken).ConfigureAwait(false);
            string fixAll = $"Fix All in {scope} scope (equivalence key {CodeActions.Quote(key)})";
            await VerifyStateAsync(run, result, batchState, batchExpected, fixAll, batchName, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The fixed additional projects: the listed ones, and every other one unchanged.</summary>
    private Dictionary<string, List<string>> FixedProjects()
    {
        foreach (string name in FixedAdditionalProjects.Keys.Where(n => !AdditionalProjects.ContainsKey(n)))
        {
            throw new Xunit.Sdk.XunitException($"FixedAdditionalProjects names '{name}', which is not one of AdditionalProjects.");
        }

        return AdditionalProjects.ToDictionary(p => p.Key, p => FixedAdditionalProjects.TryGetValue(p.Key, out var sources) ? sources : p.Value);
    }

    private static async Task VerifyStateAsync(
        TestRun run, Solution solution, SolutionMarkup expectedState, ImmutableArray<ExpectedDiagnostic> expected,
        string what, string stateName, CancellationToken cancellationToken)
    {
        if (run.ProjectIds.Length > 1)
        {
            what += $", with {BuiltReferences.Describe(run.Driver.Shape)}";
        }

        var actual = (await AnalyzerDriver.DocumentsAsync(solution, run.ProjectIds, cancellationToken).ConfigureAwait(false))
            .Select(d => (d.Path, d.Text.ToString()))
            .ToList();
        if (TextDiff.CompareFiles(expectedState.Documents.Select(d => (d.Path, d.Text)).ToList(), actual) is { } diff)
        {
            throw new Xunit.Sdk.XunitException($"The result of {what} does not match {stateName}:\n{diff}");
        }

        await run.Driver.VerifyAsync(
            solution, run.ProjectIds, expected,
            $"The diagnostics after {what} do not match {stateName} (its markup and FixedExpectedDiagnostics)",
            $"The result of {what} has compiler errors",
            cancellationToken).ConfigureAwait(false);
    }
}
