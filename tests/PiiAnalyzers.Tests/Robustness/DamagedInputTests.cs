using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit;
using Xunit.Abstractions;

namespace PiiAnalyzers.Tests.Robustness;

/// <summary>
/// Half-typed code, as the IDE analyses it on every keystroke: every input of <see cref="RobustnessCorpus"/> cut off
/// every <see cref="Damage.Stride"/> characters and with random tokens deleted (fixed seed). All analyzers run on
/// each variant, and for a share of the variants every code fix offered for their diagnostics is computed: no
/// exception, no hang (each analysis and fix is bounded by <see cref="RobustnessKit.HangLimit"/>).
/// </summary>
public sealed class DamagedTestSourceTests
{
    private readonly ITestOutputHelper _output;

    public DamagedTestSourceTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public async Task TheRuleTestsSources_CutAndWithTokensDeleted_NeverThrow()
    {
        var sources = RobustnessCorpus.TestSources;
        Assert.True(sources.Count > 150, $"only {sources.Count} test sources were found");

        var counts = await Damage.RunAsync(sources, seed: 7, fixEvery: 6);

        _output.WriteLine(counts.ToString());
        counts.AssertClean();
    }
}

/// <inheritdoc cref="DamagedTestSourceTests"/>
public sealed class DamagedSampleTests
{
    private readonly ITestOutputHelper _output;

    public DamagedSampleTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public async Task TheSamplesFilesAndTheTestModels_CutAndWithTokensDeleted_NeverThrow()
    {
        var sources = RobustnessCorpus.ShopSources().Concat(RobustnessCorpus.Models).ToList();

        var counts = await Damage.RunAsync(sources, seed: 11, fixEvery: 8);

        _output.WriteLine(counts.ToString());
        Assert.True(counts.Fixes > 50, $"only {counts.Fixes} fixes were computed on the damaged sample");
        counts.AssertClean();
    }
}

/// <inheritdoc cref="DamagedTestSourceTests"/>
/// <remarks>In inference mode (<c>pii_analyzers.infer_personal_data = true</c>), where the catalog judges names too.</remarks>
public sealed class DamagedSampleInInferenceModeTests
{
    private readonly ITestOutputHelper _output;

    public DamagedSampleInInferenceModeTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public async Task TheSamplesFiles_CutAndWithTokensDeleted_NeverThrow_WhenInferring()
    {
        var sources = RobustnessCorpus.ShopSources().ToList();

        var counts = await Damage.RunAsync(sources, seed: 13, fixEvery: int.MaxValue, InferenceOptions.On);

        _output.WriteLine(counts.ToString());
        counts.AssertClean();
    }

    /// <summary>Analyzer options whose global configuration turns inference mode on.</summary>
    private sealed class InferenceOptions : AnalyzerConfigOptionsProvider
    {
        public static readonly AnalyzerOptions On = new(ImmutableArray<AdditionalText>.Empty, new InferenceOptions());

        private static readonly AnalyzerConfigOptions Inferring = new Options();

        public override AnalyzerConfigOptions GlobalOptions => Inferring;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Inferring;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Inferring;

        private sealed class Options : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value)
            {
                value = key == "pii_analyzers.infer_personal_data" ? "true" : null;
                return value is not null;
            }
        }
    }
}

/// <summary>How inputs are damaged, and the run over every damaged variant.</summary>
internal static class Damage
{
    /// <summary>A cut every this many characters.</summary>
    public const int Stride = 40;

    /// <summary>Variants per input with random tokens deleted (one to three tokens each).</summary>
    public const int TokenDeletions = 3;

    /// <summary>At most this many diagnostics per variant get their fixes computed.</summary>
    public const int FixedDiagnosticsPerVariant = 2;

    /// <summary>
    /// Runs all analyzers over every damaged variant of every source, and computes the fixes of every
    /// <paramref name="fixEvery"/>-th variant that has fixable diagnostics.
    /// </summary>
    /// <param name="sources">The inputs.</param>
    /// <param name="seed">The seed of the token deletions.</param>
    /// <param name="fixEvery">Which share of the variants with fixable diagnostics get their fixes computed.</param>
    /// <param name="options">The analyzer options (<see langword="null"/>: none).</param>
    public static async Task<Counts> RunAsync(IReadOnlyList<CorpusSource> sources, int seed, int fixEvery, AnalyzerOptions? options = null)
    {
        var failures = new ConcurrentQueue<string>();
        int variants = 0, cuts = 0, deletions = 0, fixes = 0, fixedVariants = 0, withDiagnostics = 0;
        var fixable = RobustnessKit.Fixers.SelectMany(f => f.FixableDiagnosticIds).ToHashSet();
        var work = new List<(CorpusSource Source, string Text, string What)>();
        for (int s = 0; s < sources.Count; s++)
        {
            var source = sources[s];
            var random = new Random(seed * 7919 + s);
            foreach (int cut in Cuts(source.Text))
            {
                work.Add((source, source.Text.Substring(0, cut), $"cut at {cut}"));
                cuts++;
            }

            var tokens = CSharpSyntaxTree.ParseText(source.Text, RobustnessKit.ParseOptions).GetRoot().DescendantTokens().Where(t => t.Span.Length > 0).ToList();
            for (int d = 0; d < TokenDeletions && tokens.Count > 3; d++)
            {
                var deleted = Enumerable.Range(0, random.Next(1, 4)).Select(_ => tokens[random.Next(tokens.Count)].Span).Distinct().OrderByDescending(t => t.Start).ToList();
                string text = source.Text;
                foreach (TextSpan span in deleted)
                {
                    text = text.Remove(span.Start, span.Length);
                }

                work.Add((source, text, "tokens deleted at " + string.Join(", ", deleted.Select(t => t.Start))));
                deletions++;
            }
        }

        var companions = new ConcurrentDictionary<CorpusSource, CSharpCompilation>();
        await Parallel.ForEachAsync(
            work.Select((w, i) => (w.Source, w.Text, w.What, Index: i)),
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            async (item, _) =>
            {
                string where = $"{item.Source.Name}, {item.What}";
                var damaged = CSharpSyntaxTree.ParseText(SourceText.From(item.Text), RobustnessKit.ParseOptions, PathOf(item.Source));
                var compilation = companions.GetOrAdd(item.Source, s => RobustnessKit.Compile(s.Companions)).AddSyntaxTrees(damaged);
                var outcome = await RobustnessKit.AnalyzeAsync(compilation, options, document: damaged).ConfigureAwait(false);
                Interlocked.Increment(ref variants);
                foreach (string exception in outcome.Exceptions)
                {
                    failures.Enqueue($"{where}: {exception}");
                }

                var toFix = outcome.Diagnostics.Where(d => fixable.Contains(d.Id) && d.Location.SourceTree?.FilePath == PathOf(item.Source)).ToList();
                if (toFix.Count == 0)
                {
                    return;
                }

                int counted = Interlocked.Increment(ref withDiagnostics);
                if (counted % fixEvery != 0)
                {
                    return;
                }

                Interlocked.Increment(ref fixedVariants);
                var (solution, _) = RobustnessKit.Solution(item.Source.Companions.Append((PathOf(item.Source), item.Text)));
                var project = solution.Projects.Single();
                var inSolution = await RobustnessKit.AnalyzeAsync(
                    (await project.GetCompilationAsync().ConfigureAwait(false))!,
                    document: await project.Documents.Single(d => d.FilePath == PathOf(item.Source)).GetSyntaxTreeAsync().ConfigureAwait(false)).ConfigureAwait(false);
                foreach (var diagnostic in inSolution.Diagnostics.Where(d => fixable.Contains(d.Id) && d.Location.SourceTree?.FilePath == PathOf(item.Source)).Take(FixedDiagnosticsPerVariant))
                {
                    int computed = await RobustnessKit.ComputeFixesAsync(solution, diagnostic, failures, where).ConfigureAwait(false);
                    Interlocked.Add(ref fixes, computed);
                }
            }).ConfigureAwait(false);

        return new Counts(sources.Count, cuts, deletions, variants, withDiagnostics, fixedVariants, fixes, failures.ToList());
    }

    /// <summary>Every <see cref="Stride"/>-th position of the text, and the last character cut off.</summary>
    private static IEnumerable<int> Cuts(string text)
    {
        for (int cut = Stride; cut < text.Length; cut += Stride)
        {
            yield return cut;
        }

        if (text.Length > 1)
        {
            yield return text.Length - 1;
        }
    }

    private static string PathOf(CorpusSource source) => source.Name.StartsWith('/') ? source.Name : "/0/Damaged.cs";
}

/// <summary>What a damage run did, and what went wrong.</summary>
internal sealed record Counts(int Sources, int Cuts, int Deletions, int Variants, int WithDiagnostics, int FixedVariants, int Fixes, IReadOnlyList<string> Failures)
{
    public void AssertClean()
    {
        Assert.Equal(Cuts + Deletions, Variants);
        RobustnessKit.AssertNoFailures(Failures, $"in {Variants} damaged variants of {Sources} inputs");
    }

    public override string ToString() =>
        $"{Sources} inputs, {Variants} variants ({Cuts} cuts every {Damage.Stride} characters, {Deletions} with tokens deleted); " +
        $"{WithDiagnostics} with fixable diagnostics, fixes computed for {FixedVariants}: {Fixes} code actions; {Failures.Count} failures";
}
