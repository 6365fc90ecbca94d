using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Xunit;
using Xunit.Abstractions;

namespace PiiAnalyzers.Tests.Robustness;

/// <summary>
/// All analyzers over whole projects: the "valid code" project (correct, consented, redacted code) gives no
/// diagnostic at all, and one compilation analysed five times at once gives five times the same diagnostics.
/// </summary>
public sealed class WholeProjectTests
{
    /// <summary>How many analyses of the same compilation run at once.</summary>
    public const int ConcurrentRuns = 5;

    private readonly ITestOutputHelper _output;

    public WholeProjectTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public async Task TheValidCodeProject_HasNoDiagnosticOfAnyRule_AndCompiles()
    {
        var compilation = RobustnessKit.Compile(RobustnessCorpus.ValidCode());

        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        var outcome = await RobustnessKit.AnalyzeAsync(compilation);

        Assert.True(errors.Count == 0, "The valid code does not compile:\n" + string.Join("\n", errors.Select(RobustnessKit.Describe)));
        RobustnessKit.AssertNoFailures(outcome.Exceptions, "analysing the valid code");
        var reported = outcome.Diagnostics.Where(d => RobustnessKit.AnalyzerIds.Contains(d.Id)).ToList();
        Assert.True(reported.Count == 0, $"{reported.Count} diagnostic(s) on valid code:\n" + string.Join("\n", reported.Select(RobustnessKit.Describe)));
        _output.WriteLine($"{compilation.SyntaxTrees.Count()} files, {compilation.SyntaxTrees.Sum(t => t.GetText().Lines.Count)} lines: no diagnostic");
    }

    [Fact]
    public async Task TheSameCompilation_AnalysedFiveTimesAtOnce_GivesTheSameDiagnostics()
    {
        // One compilation object: the runs share its per-compilation model and caches, as the IDE's analyses do.
        var compilation = RobustnessKit.Compile(RobustnessCorpus.Generated(40).Concat(RobustnessCorpus.Shop()));

        var runs = await Task.WhenAll(Enumerable.Range(0, ConcurrentRuns).Select(_ => Task.Run(() => RobustnessKit.AnalyzeAsync(compilation))));

        foreach (var run in runs)
        {
            RobustnessKit.AssertNoFailures(run.Exceptions, "in concurrent analyses");
        }

        var described = runs.Select(r => Sorted(r.Diagnostics)).ToList();
        Assert.True(described[0].Count > 100, $"only {described[0].Count} diagnostics: the input does not exercise the rules");
        for (int i = 1; i < described.Count; i++)
        {
            var missing = described[0].Except(described[i]).Take(3).ToList();
            var extra = described[i].Except(described[0]).Take(3).ToList();
            Assert.True(described[i].SequenceEqual(described[0]),
                $"run {i + 1} differs from run 1 ({described[i].Count} vs {described[0].Count} diagnostics); missing: {string.Join("; ", missing)}; extra: {string.Join("; ", extra)}");
        }

        _output.WriteLine($"{ConcurrentRuns} concurrent runs, {described[0].Count} diagnostics each, identical");
    }

    private static List<string> Sorted(ImmutableArray<Diagnostic> diagnostics) =>
        diagnostics.Where(d => RobustnessKit.AnalyzerIds.Contains(d.Id))
            .Select(d => RobustnessKit.Describe(d) + " " + string.Join(",", d.Properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value)))
            .OrderBy(d => d, StringComparer.Ordinal)
            .ToList();
}
