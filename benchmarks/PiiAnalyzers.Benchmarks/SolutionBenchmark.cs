using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PiiAnalyzers.Tests.Harness;

namespace PiiAnalyzers.Benchmarks;

/// <summary>
/// The solution mode (issue 10): a generated multi-project web solution (<see cref="SolutionGenerator"/>) in each of its
/// variants, each project compiled as an editor has it, with its referenced projects as compilation references
/// (<see cref="Compilation.ToMetadataReference"/> of the referenced project's compilation, already bound). Per project
/// and repetition: the compiler alone (<c>GetDiagnostics()</c> of a fresh compilation), and all rules on a fresh clone
/// (<see cref="CompilationWithAnalyzers"/> with execution-time logging, then the compiler's diagnostics of the same
/// compilation, as the batch mode does); the floor analyzer too, on the first variant. Sums over the projects, medians
/// over the repetitions; the ratio of the analyzers' execution time to the compiler's time against each variant's target.
/// </summary>
internal static class SolutionBenchmark
{
    public static async Task<List<SolutionMeasurement>> RunAsync(ImmutableArray<NamedAnalyzer> analyzers, Options options)
    {
        var results = new List<SolutionMeasurement>();
        bool warmedUp = options.Warmups == 0;
        foreach (int modules in options.SolutionSizes)
        {
            var inputs = options.SolutionVariants.Select(spec => VariantInput.Create(modules, spec, options.SolutionSequential)).ToList();
            if (options.DumpSolution is { } dump)
            {
                foreach (var input in inputs)
                {
                    Dump(input.Solution, Path.Combine(dump, $"{modules}-{input.Spec.Key}"));
                }
            }

            var measurement = new SolutionMeasurement(modules, inputs.Select(i => new VariantResult(i.Spec, i.Solution)).ToList());
            Console.WriteLine($"solution of {modules} modules: {inputs[0].Solution.Files:N0} files, {inputs[0].Solution.Lines:N0} lines " +
                $"({string.Join(", ", inputs[0].Solution.Projects.Select(p => $"{p.Name} {p.Lines:N0}"))}); variants {string.Join(", ", inputs.Select(i => i.Spec.Name))}");
            if (!warmedUp)
            {
                for (int w = 0; w < options.Warmups; w++)
                {
                    Console.WriteLine($"solution warm-up on {modules} modules");
                    await Round(inputs, analyzers, measurement, options, discard: true);
                }

                warmedUp = true;
            }

            for (int r = 0; r < options.Repetitions; r++)
            {
                Console.WriteLine($"solution of {modules} modules: repetition {r + 1}/{options.Repetitions}");
                await Round(inputs, analyzers, measurement, options, discard: false);
            }

            results.Add(measurement);
            foreach (var variant in measurement.Variants)
            {
                Console.WriteLine(variant.Summary());
            }
        }

        return results;
    }

    /// <summary>
    /// One repetition: each variant (in a rotating order) builds its chain of project compilations; for each project, in
    /// build order, the compiler run, the all-rules run and (first variant only, if asked) the floor run, in a rotating
    /// order. The compiler run binds the project's own compilation, which the later projects reference.
    /// </summary>
    private static async Task Round(List<VariantInput> inputs, ImmutableArray<NamedAnalyzer> analyzers, SolutionMeasurement measurement, Options options, bool discard)
    {
        int round = measurement.Rounds++;
        var floor = ImmutableArray.Create(new NamedAnalyzer("floor", new FloorAnalyzer()));
        for (int k = 0; k < inputs.Count; k++)
        {
            int v = (k + round) % inputs.Count;
            VariantInput input = inputs[v];
            VariantResult result = measurement.Variants[v];
            var chain = new Dictionary<string, CSharpCompilation>(StringComparer.Ordinal);
            var repetition = new RepetitionResult();
            foreach (GeneratedProject project in input.Solution.Projects)
            {
                CSharpCompilation compilation = input.Compile(project, chain);
                chain[project.Name] = compilation;
                var runs = new List<Func<Task>>
                {
                    () =>
                    {
                        var (ms, cpu, errors) = CompilerOnly(compilation, project.Name);
                        repetition.CompilerMs[project.Name] = ms;
                        repetition.CompilerCpuMs[project.Name] = cpu;
                        result.CompilerErrors += errors;
                        return Task.CompletedTask;
                    },
                    async () =>
                    {
                        AnalyzerRun run = await WithAnalyzers(compilation, analyzers, input.AnalyzerOptions, options.SolutionSequential);
                        repetition.Runs[project.Name] = run;
                        result.Exceptions += run.Exceptions;
                        result.Diagnostics[project.Name] = run.ById;
                    },
                };
                // The floor runs on the first variant, and on the deep graphs' own code, whose target is a multiple of it (issue 13).
                if (options.SolutionFloor && (v == 0 || input.Spec.Variant == SolutionVariant.DeepGraphs))
                {
                    runs.Add(async () =>
                    {
                        AnalyzerRun run = await WithAnalyzers(compilation, floor, input.AnalyzerOptions, options.SolutionSequential);
                        repetition.FloorRuns[project.Name] = run;
                    });
                }

                int shift = round % runs.Count;
                foreach (var run in runs.Skip(shift).Concat(runs.Take(shift)))
                {
                    await run();
                }
            }

            if (!discard)
            {
                result.Repetitions.Add(repetition);
            }
        }
    }

    /// <summary>Writes the solution's files (and its .globalconfig) under a directory, to read or build them.</summary>
    private static void Dump(GeneratedSolution solution, string directory)
    {
        foreach (var project in solution.Projects)
        {
            foreach (var (path, text) in project.Files)
            {
                string file = Path.Combine(directory, path.TrimStart('/'));
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                File.WriteAllText(file, text);
            }
        }

        if (solution.GlobalConfig is { } config)
        {
            File.WriteAllText(Path.Combine(directory, GeneratedSolution.GlobalConfigPath.TrimStart('/')), config);
        }

        Console.WriteLine($"solution ({solution.Variant}) written to {directory}");
    }

    private static (double Ms, double CpuMs, int Errors) CompilerOnly(CSharpCompilation compilation, string project)
    {
        Program.Settle();
        double cpu = Program.CpuMs();
        var watch = Stopwatch.StartNew();
        var diagnostics = compilation.GetDiagnostics();
        watch.Stop();
        cpu = Program.CpuMs() - cpu;
        var errors = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        foreach (var error in errors.Take(10))
        {
            Console.Error.WriteLine($"generated solution does not compile ({project}): {error}");
        }

        if (Environment.GetEnvironmentVariable("PII_BENCH_TRACE") is not null)
        {
            Console.WriteLine($"    {project}: compiler {watch.Elapsed.TotalMilliseconds:F0} ms; warnings: " +
                string.Join(", ", diagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning).GroupBy(d => d.Id).Select(g => $"{g.Key} ×{g.Count()} ({g.First().GetMessage()})")));
        }

        return (watch.Elapsed.TotalMilliseconds, cpu, errors.Count);
    }

    /// <summary>A fresh clone of the project's compilation with the analyzers: analysis, then the compiler's diagnostics of it.</summary>
    private static async Task<AnalyzerRun> WithAnalyzers(CSharpCompilation compilation, ImmutableArray<NamedAnalyzer> set, AnalyzerOptions analyzerOptions, bool sequential)
    {
        var fresh = compilation.Clone();
        var exceptions = new ConcurrentQueue<Exception>();
        var withAnalyzers = fresh.WithAnalyzers(
            set.Select(a => a.Analyzer).ToImmutableArray(),
            new CompilationWithAnalyzersOptions(
                analyzerOptions,
                (exception, _, _) => exceptions.Enqueue(exception),
                concurrentAnalysis: !sequential,
                logAnalyzerExecutionTime: true,
                reportSuppressedDiagnostics: false));
        Program.Settle();
        double cpu = Program.CpuMs();
        var watch = Stopwatch.StartNew();
        AnalysisResult result = await withAnalyzers.GetAnalysisResultAsync(CancellationToken.None);
        var compilerDiagnostics = withAnalyzers.Compilation.GetDiagnostics();
        watch.Stop();
        cpu = Program.CpuMs() - cpu;

        var diagnostics = result.GetAllDiagnostics().AddRange(compilerDiagnostics);
        var execution = new Dictionary<string, double>();
        foreach (var analyzer in set)
        {
            execution[analyzer.Name] = result.AnalyzerTelemetryInfo.TryGetValue(analyzer.Analyzer, out var telemetry) ? telemetry.ExecutionTime.TotalMilliseconds : 0;
        }

        foreach (var exception in exceptions.Take(3))
        {
            Console.Error.WriteLine("analyzer exception: " + exception);
        }

        if (Environment.GetEnvironmentVariable("PII_BENCH_DIAGNOSTICS") is not null && set.Length > 1)
        {
            foreach (var diagnostic in diagnostics.Where(d => d.Id.StartsWith("PII", StringComparison.Ordinal)).OrderBy(d => d.Location.SourceTree?.FilePath).ThenBy(d => d.Location.SourceSpan.Start))
            {
                Console.WriteLine("    " + diagnostic);
            }
        }

        foreach (var ad0001 in diagnostics.Where(d => d.Id == "AD0001").Take(3))
        {
            Console.Error.WriteLine("analyzer exception: " + ad0001);
        }

        return new AnalyzerRun(
            watch.Elapsed.TotalMilliseconds,
            cpu,
            execution,
            diagnostics.Where(d => d.Id.StartsWith("PII", StringComparison.Ordinal)).GroupBy(d => d.Id).ToDictionary(g => g.Key, g => g.Count()),
            exceptions.Count + diagnostics.Count(d => d.Id == "AD0001"));
    }

    /// <summary>One variant's inputs, made once per size: parsed trees per project, references, analyzer options.</summary>
    private sealed class VariantInput
    {
        private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);
        private static readonly CSharpCompilationOptions CompilationOptions = new(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable);

        private readonly Dictionary<string, ImmutableArray<SyntaxTree>> _trees;
        private readonly ImmutableArray<MetadataReference> _references;
        private readonly CSharpCompilationOptions _compilationOptions;

        private VariantInput(SolutionVariantSpec spec, GeneratedSolution solution, Dictionary<string, ImmutableArray<SyntaxTree>> trees, ImmutableArray<MetadataReference> references, AnalyzerOptions analyzerOptions, bool sequential)
        {
            _compilationOptions = CompilationOptions.WithConcurrentBuild(!sequential);
            Spec = spec;
            Solution = solution;
            _trees = trees;
            _references = references;
            AnalyzerOptions = analyzerOptions;
        }

        public SolutionVariantSpec Spec { get; }

        public GeneratedSolution Solution { get; }

        public AnalyzerOptions AnalyzerOptions { get; }

        public static VariantInput Create(int modules, SolutionVariantSpec spec, bool sequential)
        {
            GeneratedSolution solution = SolutionGenerator.Generate(modules, spec.Variant);
            var trees = solution.Projects.ToDictionary(
                p => p.Name,
                p => p.Files.Select(f => CSharpSyntaxTree.ParseText(SourceText.From(f.Text, Encoding.UTF8), ParseOptions, f.Path)).ToImmutableArray(),
                StringComparer.Ordinal);
            var references = TestReferences.Framework.AddRange(TestReferences.Libraries);
            if (spec.Annotations)
            {
                references = references.Add(TestReferences.Annotations);
            }

            AnalyzerConfigOptionsProvider provider = solution.GlobalConfig is { } text
                ? GlobalConfigOptionsProvider.From(text, GeneratedSolution.GlobalConfigPath)
                : GlobalConfigOptionsProvider.None;
            return new VariantInput(spec, solution, trees, references, new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, provider), sequential);
        }

        /// <summary>A new compilation of the project, referencing the compilations of its projects in the chain.</summary>
        public CSharpCompilation Compile(GeneratedProject project, Dictionary<string, CSharpCompilation> chain) =>
            CSharpCompilation.Create(
                project.Name,
                _trees[project.Name],
                _references.AddRange(project.References.Select(r => (MetadataReference)chain[r].ToMetadataReference())),
                _compilationOptions);
    }
}

/// <summary>
/// Analyzer config options as the compiler makes them from <c>.globalconfig</c> files (<see cref="AnalyzerConfigSet"/>):
/// the global section as <see cref="AnalyzerConfigOptionsProvider.GlobalOptions"/>, each file's options from the sections
/// that match its path.
/// </summary>
internal sealed class GlobalConfigOptionsProvider : AnalyzerConfigOptionsProvider
{
    public static readonly GlobalConfigOptionsProvider None = new(null);

    private readonly AnalyzerConfigSet? _set;
    private readonly ConcurrentDictionary<string, AnalyzerConfigOptions> _byPath = new(StringComparer.Ordinal);

    private GlobalConfigOptionsProvider(AnalyzerConfigSet? set)
    {
        _set = set;
        GlobalOptions = set is null ? DictionaryOptions.Empty : new DictionaryOptions(set.GlobalConfigOptions.AnalyzerOptions);
    }

    public override AnalyzerConfigOptions GlobalOptions { get; }

    public static GlobalConfigOptionsProvider From(string text, string path)
    {
        var config = AnalyzerConfig.Parse(SourceText.From(text), path);
        return new GlobalConfigOptionsProvider(AnalyzerConfigSet.Create(new[] { config }));
    }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => For(tree.FilePath);

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => For(textFile.Path);

    private AnalyzerConfigOptions For(string path) =>
        _set is null ? DictionaryOptions.Empty : _byPath.GetOrAdd(path, p => new DictionaryOptions(_set.GetOptionsForSourcePath(p).AnalyzerOptions));

    private sealed class DictionaryOptions : AnalyzerConfigOptions
    {
        public static readonly DictionaryOptions Empty = new(ImmutableDictionary<string, string>.Empty.WithComparers(KeyComparer));

        private readonly ImmutableDictionary<string, string> _options;

        public DictionaryOptions(ImmutableDictionary<string, string> options) => _options = options;

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _options.TryGetValue(key, out value);

        public override IEnumerable<string> Keys => _options.Keys;
    }
}

/// <summary>A variant as measured: its name in the report, the generator's variant, whether PiiAnalyzers.Annotations is referenced, its target.</summary>
internal sealed record SolutionVariantSpec(string Key, string Name, SolutionVariant Variant, bool Annotations, double Target)
{
    public static readonly IReadOnlyList<SolutionVariantSpec> All = new[]
    {
        new SolutionVariantSpec("unmarked", "(a) nothing marked", SolutionVariant.Unmarked, Annotations: true, Target: 0.01),
        new SolutionVariantSpec("marked", "(b) markers", SolutionVariant.Marked, Annotations: true, Target: 0.03),
        new SolutionVariantSpec("inference", "(c) inference", SolutionVariant.Inference, Annotations: true, Target: 0.10),
        new SolutionVariantSpec("bare", "(a′) nothing marked, no Annotations reference", SolutionVariant.Unmarked, Annotations: false, Target: 0.01),
        new SolutionVariantSpec("deep", "(d) markers, deep object graphs", SolutionVariant.DeepGraphs, Annotations: true, Target: 0.03),
    };

    public static readonly IReadOnlyList<SolutionVariantSpec> Default = All.Take(3).ToList();
}

/// <summary>One repetition of one variant: per project, the compiler's time and the analyzer runs.</summary>
internal sealed class RepetitionResult
{
    public Dictionary<string, double> CompilerMs { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, double> CompilerCpuMs { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, AnalyzerRun> Runs { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, AnalyzerRun> FloorRuns { get; } = new(StringComparer.Ordinal);
}

/// <summary>What one variant measured at one size over all repetitions.</summary>
internal sealed class VariantResult
{
    public VariantResult(SolutionVariantSpec spec, GeneratedSolution solution)
    {
        Spec = spec;
        Projects = solution.Projects.Select(p => (p.Name, p.Files.Count, p.Lines)).ToList();
    }

    public SolutionVariantSpec Spec { get; }

    public IReadOnlyList<(string Name, int Files, int Lines)> Projects { get; }

    public int Lines => Projects.Sum(p => p.Lines);

    public List<RepetitionResult> Repetitions { get; } = new();

    /// <summary>The diagnostics of the last all-rules run, per project and rule.</summary>
    public Dictionary<string, Dictionary<string, int>> Diagnostics { get; } = new(StringComparer.Ordinal);

    public int Exceptions { get; set; }

    public int CompilerErrors { get; set; }

    /// <summary>The compiler's time of a project (or, for <see langword="null"/>, summed over the projects), median over repetitions.</summary>
    public double CompilerMs(string? project = null) => Median(r => Sum(r.CompilerMs, project));

    public double CompilerCpuMs(string? project = null) => Median(r => Sum(r.CompilerCpuMs, project));

    /// <summary>The analyzers' execution time (all rules, or one rule), per project or summed, median over repetitions.</summary>
    public double ExecutionMs(string? project = null, string? rule = null) =>
        Median(r => r.Runs.Where(p => project is null || p.Key == project).Sum(p => rule is null ? p.Value.ExecutionMs.Values.Sum() : p.Value.ExecutionMs.GetValueOrDefault(rule)));

    public double WallMs(string? project = null) => Median(r => r.Runs.Where(p => project is null || p.Key == project).Sum(p => p.Value.WallMs));

    public double CpuMs(string? project = null) => Median(r => r.Runs.Where(p => project is null || p.Key == project).Sum(p => p.Value.CpuMs));

    public double FloorWallMs() => Median(r => r.FloorRuns.Count == 0 ? double.NaN : r.FloorRuns.Values.Sum(f => f.WallMs));

    public double FloorCpuMs() => Median(r => r.FloorRuns.Count == 0 ? double.NaN : r.FloorRuns.Values.Sum(f => f.CpuMs));

    /// <summary>The ratio of the analyzers' execution time to the compiler's, per repetition (sums over the projects), median.</summary>
    public double Ratio(string? project = null) => Median(r => r.Runs.Where(p => project is null || p.Key == project).Sum(p => p.Value.ExecutionMs.Values.Sum()) / Sum(r.CompilerMs, project));

    /// <summary>The diagnostics of all rules, or of one analyzer by its name (the ids it reports, joined by <c>+</c>).</summary>
    public int DiagnosticCount(string? rule = null) =>
        Diagnostics.Values.Sum(d => rule is null ? d.Values.Sum() : rule.Split('+').Sum(id => d.GetValueOrDefault(id)));

    public string Summary() =>
        $"  {Spec.Name}: compiler {CompilerMs():F0} ms, analyzers {ExecutionMs():F0} ms ({Ratio() * 100:F1} % of the compiler's; target {Spec.Target * 100:F0} %), " +
        $"wall with analyzers {WallMs():F0} ms; {DiagnosticCount()} diagnostics ({string.Join(", ", AllRules().Select(r => $"{r} {DiagnosticCount(r)}"))}); " +
        $"{Exceptions} exceptions; {CompilerErrors} compiler errors";

    public IEnumerable<string> AllRules() => Diagnostics.Values.SelectMany(d => d.Keys).Distinct().OrderBy(k => k, StringComparer.Ordinal);

    private static double Sum(Dictionary<string, double> values, string? project) =>
        project is null ? values.Values.Sum() : values.GetValueOrDefault(project, double.NaN);

    private double Median(Func<RepetitionResult, double> value) => Program.Median(Repetitions.Select(value).Where(v => !double.IsNaN(v)));
}

/// <summary>The solution mode at one size: each variant's results.</summary>
internal sealed class SolutionMeasurement
{
    public SolutionMeasurement(int modules, List<VariantResult> variants)
    {
        Modules = modules;
        Variants = variants;
    }

    public int Modules { get; }

    public List<VariantResult> Variants { get; }

    public int Rounds { get; set; }

    public int Failures => Variants.Sum(v => v.Exceptions + v.CompilerErrors);
}
