using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using PiiAnalyzers.Tests.Harness;
using Xunit;
using Xunit.Abstractions;

namespace PiiAnalyzers.Tests.Robustness;

/// <summary>
/// Every code fix applied through Fix All (solution scope, the harness's <see cref="CodeFixRunner"/>) with every
/// equivalence key it offers, on the sample and on the benchmark's generated code base: the result has no compiler
/// error the input did not have, and the diagnostics the action was offered for are gone.
/// </summary>
public sealed class FixAllRobustnessTests
{
    /// <summary>Members named like personal data that nothing marks, so that the Mark fix (PII006) has work too.</summary>
    private const string Unmarked = """
        using System;
        namespace Gen.Unmarked
        {
            public sealed class ContactForm
            {
                public string Email { get; set; } = "";
                public string PhoneNumber { get; set; } = "";
                public string CustomerName { get; set; } = "";
                private string _street = "", _city = "";
                public string Street => _street + _city;
            }

            public sealed record Lead(Guid Id, string EmailAddress, DateOnly DateOfBirth);

            public static class Leads
            {
                public static string Describe(string firstName, int count) => firstName.Length + count.ToString();
            }
        }
        """;

    private readonly ITestOutputHelper _output;

    public FixAllRobustnessTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public async Task EveryFix_AppliedWithFixAll_OnTheSample()
    {
        var result = await FixAll.RunAsync(RobustnessCorpus.Shop(), diagnosticsPerRule: int.MaxValue);

        _output.WriteLine(result.ToString());
        result.AssertClean(atLeastFixers: RobustnessKit.Fixers.Length);
    }

    [Fact]
    public async Task EveryFix_AppliedWithFixAll_OnTheGeneratedCodeBase()
    {
        var sources = RobustnessCorpus.Generated(20).Append(("/0/gen/Unmarked.cs", Unmarked)).ToList();

        var result = await FixAll.RunAsync(sources, diagnosticsPerRule: 15);

        _output.WriteLine(result.ToString());
        // The consent fix has no check to offer here (IConsents.Has takes a Guid, which no value in scope is): the sample covers it.
        result.AssertClean(atLeastFixers: RobustnessKit.Fixers.Length - 1);
    }

    /// <summary>The Fix All runs over one project.</summary>
    private static class FixAll
    {
        public static async Task<FixAllResult> RunAsync(IReadOnlyList<(string Path, string Text)> sources, int diagnosticsPerRule)
        {
            var (solution, project) = RobustnessKit.Solution(sources);
            var projects = ImmutableArray.Create(project);
            var baseline = Errors(await solution.GetProject(project)!.GetCompilationAsync());
            var failures = new ConcurrentQueue<string>();
            var lines = new ConcurrentQueue<string>();
            int runs = 0, fixedDiagnostics = 0;
            var fixers = new ConcurrentDictionary<string, bool>();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));

            var pairs = RobustnessKit.CreateAnalyzers()
                .SelectMany(analyzer => RobustnessKit.Fixers
                    .Where(fixer => analyzer.SupportedDiagnostics.Any(d => fixer.FixableDiagnosticIds.Contains(d.Id)))
                    .Select(fixer => (Analyzer: analyzer, Fixer: fixer)))
                .ToList();
            await Parallel.ForEachAsync(pairs, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, async (pair, _) =>
            {
                string name = $"{pair.Fixer.GetType().Name} on {string.Join("+", pair.Analyzer.SupportedDiagnostics.Select(d => d.Id))}";
                try
                {
                    var (applied, fixedHere) = await FixEveryKeyAsync(solution, projects, pair.Analyzer, pair.Fixer, baseline, diagnosticsPerRule, failures, lines, name, timeout.Token);
                    Interlocked.Add(ref runs, applied);
                    Interlocked.Add(ref fixedDiagnostics, fixedHere);
                    if (applied > 0)
                    {
                        fixers[pair.Fixer.GetType().Name] = true;
                    }
                }
                catch (Exception e)
                {
                    failures.Enqueue($"{name} threw: {e}");
                }
            });

            return new FixAllResult(runs, fixedDiagnostics, fixers.Keys.OrderBy(k => k, StringComparer.Ordinal).ToList(), lines.OrderBy(l => l, StringComparer.Ordinal).ToList(), failures.ToList());
        }

        private static async Task<(int Applied, int Fixed)> FixEveryKeyAsync(
            Solution solution, ImmutableArray<ProjectId> projects, DiagnosticAnalyzer analyzer, CodeFixProvider fixer,
            IReadOnlyDictionary<string, int> baseline, int diagnosticsPerRule, ConcurrentQueue<string> failures, ConcurrentQueue<string> lines,
            string name, CancellationToken cancellationToken)
        {
            var runner = new CodeFixRunner(new AnalyzerDriver(analyzer), fixer, projects, equivalenceKey: null, actionIndex: null);
            var before = await runner.FixableDiagnosticsAsync(solution, cancellationToken);
            if (fixer.GetFixAllProvider() is not { } provider)
            {
                return (0, 0);
            }

            // Which diagnostics each equivalence key is offered for.
            var offeredFor = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (Diagnostic diagnostic in before.Take(diagnosticsPerRule))
            {
                foreach (string key in (await CodeActions.OfferedAsync(fixer, solution, diagnostic, cancellationToken)).Select(a => a.EquivalenceKey!).Distinct())
                {
                    offeredFor[key] = offeredFor.TryGetValue(key, out int n) ? n + 1 : 1;
                }
            }

            int applied = 0, fixedDiagnostics = 0;
            foreach (var (key, offered) in offeredFor.OrderBy(k => k.Key, StringComparer.Ordinal))
            {
                string what = $"{name}, Fix All '{key}'";
                Solution changed = await runner.FixAllAsync(solution, provider, FixAllScope.Solution, key, cancellationToken);
                if (!await CodeActions.HasChangesAsync(solution, changed, cancellationToken))
                {
                    failures.Enqueue($"{what}: offered for {offered} diagnostic(s), Fix All changed nothing");
                    continue;
                }

                applied++;
                var errors = Errors(await changed.GetProject(projects[0])!.GetCompilationAsync(cancellationToken));
                var added = errors.Where(e => e.Value > (baseline.TryGetValue(e.Key, out int n) ? n : 0)).Select(e => e.Key).ToList();
                if (added.Count > 0)
                {
                    failures.Enqueue($"{what}: new compiler errors: {string.Join("; ", added.Take(5))}");
                }

                var after = await runner.FixableDiagnosticsAsync(changed, cancellationToken);
                // Every diagnostic the key was offered for is gone (in the sample; in the generated code base, those of
                // the first diagnostics looked at): at least that many fewer, and none left that still offers it.
                int expectedAtMost = before.Length - offered;
                if (after.Length > expectedAtMost)
                {
                    failures.Enqueue($"{what}: {before.Length} diagnostics before, offered for {offered}, but {after.Length} after");
                }

                foreach (Diagnostic left in after.Take(diagnosticsPerRule))
                {
                    if ((await CodeActions.OfferedAsync(fixer, changed, left, cancellationToken)).Any(a => a.EquivalenceKey == key))
                    {
                        failures.Enqueue($"{what}: still offered after Fix All for {RobustnessKit.Describe(left)}");
                        break;
                    }
                }

                fixedDiagnostics += before.Length - after.Length;
                lines.Enqueue($"{what}: {before.Length} → {after.Length} diagnostics");
            }

            return (applied, fixedDiagnostics);
        }

        /// <summary>The compiler's errors by id and message (positions move when a fix edits the text).</summary>
        private static IReadOnlyDictionary<string, int> Errors(Compilation? compilation) =>
            compilation!.GetDiagnostics()
                .Where(d => d.Severity == DiagnosticSeverity.Error)
                .GroupBy(d => $"{d.Id} {d.Location.SourceTree?.FilePath}: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}", StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
    }

    /// <summary>What the Fix All runs did.</summary>
    private sealed record FixAllResult(int Runs, int FixedDiagnostics, IReadOnlyList<string> Fixers, IReadOnlyList<string> Lines, IReadOnlyList<string> Failures)
    {
        public void AssertClean(int atLeastFixers)
        {
            RobustnessKit.AssertNoFailures(Failures, $"in {Runs} Fix All runs");
            Assert.True(Fixers.Count >= atLeastFixers, $"only {Fixers.Count} fixer(s) applied ({string.Join(", ", Fixers)}); expected {atLeastFixers}");
        }

        public override string ToString() =>
            $"{Runs} Fix All runs by {Fixers.Count} fixers ({string.Join(", ", Fixers)}), {FixedDiagnostics} diagnostics fixed; {Failures.Count} failures\n" +
            string.Join("\n", Lines);
    }
}
