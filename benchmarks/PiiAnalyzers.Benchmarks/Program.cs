using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
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
/// Measures PiiAnalyzers against the C# compiler and against an empty analyzer of the same shape, in one process, on
/// the same inputs: a generated code base at three sizes (batch build) and one big document re-analysed after an edit
/// (editor). Writes a Markdown table to stdout and to a file.
/// <para>
/// Why a console runner and not BenchmarkDotNet: what is measured is not a method's wall time but a run of the
/// compiler's analyzer driver, and the per-analyzer numbers come from the driver's own telemetry
/// (<see cref="AnalyzerTelemetryInfo.ExecutionTime"/>) of that same run, which BenchmarkDotNet has no column for;
/// each repetition needs a fresh compilation (Roslyn caches everything it binds), which BenchmarkDotNet's
/// per-invocation setup allows only with one invocation per iteration, and its pilot and warm-up stages and process
/// per benchmark would take hours at 150,000 lines with a dozen analyzer sets on two cores. So: one warm-up round,
/// then N repetitions in an interleaved order, each on a fresh clone of the compilation after a full GC, and medians.
/// </para>
/// </summary>
public static class Program
{
    private const string AllRules = "all rules";
    private const string Floor = "floor";

    public static async Task<int> Main(string[] args)
    {
        var options = Options.Parse(args);
        if (options is null)
        {
            Console.Error.WriteLine(Options.Usage);
            return 2;
        }

        var analyzers = RuleAnalyzers();
        Console.WriteLine($"PiiAnalyzers benchmark: {analyzers.Length} analyzers ({string.Join(", ", analyzers.Select(a => a.Name))}); " +
            (options.SolutionOnly ? "" : $"sizes {string.Join(", ", options.Sizes)} files; ") +
            (options.SolutionSizes.Count == 0 ? "" : $"solution sizes {string.Join(", ", options.SolutionSizes)} modules; ") +
            $"{options.Repetitions} repetitions after {options.Warmups} warm-up");

        var report = new Report(Machine.Describe(), options);
        var total = Stopwatch.StartNew();
        bool warmedUp = options.Warmups == 0;
        foreach (int size in options.SolutionOnly ? Array.Empty<int>() : options.Sizes)
        {
            var sources = CodeBaseGenerator.Generate(size);
            CSharpCompilation compilation = Compile(sources);
            var measurement = new BatchMeasurement(size, sources.Sum(s => LineCount(s.Text)));
            if (!warmedUp)
            {
                Console.WriteLine($"warm-up on {size} files");
                for (int w = 0; w < options.Warmups; w++)
                {
                    await MeasureRound(compilation, analyzers, measurement, options, discard: true);
                }

                warmedUp = true;
            }

            for (int r = 0; r < options.Repetitions; r++)
            {
                Console.WriteLine($"{size} files ({measurement.Lines:N0} lines): repetition {r + 1}/{options.Repetitions}");
                await MeasureRound(compilation, analyzers, measurement, options, discard: false);
            }

            report.Batch.Add(measurement);
            Console.WriteLine(measurement.Summary());
        }

        if (!options.SolutionOnly)
        {
            report.Editor = await MeasureEditor(analyzers, options);
        }

        if (options.SolutionSizes.Count > 0)
        {
            report.Solution = await SolutionBenchmark.RunAsync(analyzers, options);
        }

        report.Elapsed = total.Elapsed;
        report.LoadAverage = Machine.LoadAverage();

        string markdown = report.ToMarkdown(analyzers.Select(a => a.Name).ToList());
        Console.WriteLine();
        Console.WriteLine(markdown);
        string output = options.Output ?? DefaultOutput();
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        File.WriteAllText(output, markdown);
        Console.WriteLine($"written to {output}");

        int failures = report.Batch.Sum(b => b.Exceptions + b.CompilerErrors) + report.Editor.Exceptions + report.Editor.CompilerErrors +
            report.Solution.Sum(s => s.Failures);
        if (failures > 0)
        {
            Console.Error.WriteLine($"FAILED: {failures} analyzer exception(s) or compiler error(s) in the generated code");
            return 1;
        }

        return 0;
    }

    /// <summary>Every analyzer of the PiiAnalyzers assembly, found by reflection (new rules join by themselves), by rule id.</summary>
    private static ImmutableArray<NamedAnalyzer> RuleAnalyzers() =>
        typeof(PiiAnalyzers.Analysis.PersonalDataSinkAnalyzer).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.IsDefined(typeof(DiagnosticAnalyzerAttribute), false))
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .Select(a => new NamedAnalyzer(string.Join("+", a.SupportedDiagnostics.Select(d => d.Id).Distinct()), a))
            .OrderBy(a => a.Name, StringComparer.Ordinal)
            .ToImmutableArray();

    private static CSharpCompilation Compile(IReadOnlyList<(string Path, string Text)> sources)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = sources.Select(s => CSharpSyntaxTree.ParseText(SourceText.From(s.Text, Encoding.UTF8), parseOptions, "/gen/" + s.Path)).ToList();
        return CSharpCompilation.Create(
            "Generated",
            trees,
            TestReferences.Framework.AddRange(TestReferences.Libraries).Add(TestReferences.Annotations),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
    }

    /// <summary>
    /// One repetition: the compiler alone, the floor, all rules together, and (unless turned off) each rule alone, each
    /// on a fresh clone of the compilation (nothing bound yet), in a rotating order so that no set always runs first.
    /// </summary>
    private static async Task MeasureRound(
        CSharpCompilation compilation, ImmutableArray<NamedAnalyzer> analyzers, BatchMeasurement measurement, Options options, bool discard)
    {
        var runs = new List<Func<Task>>
        {
            () =>
            {
                var (ms, cpuMs, errors) = CompilerOnly(compilation);
                if (!discard)
                {
                    measurement.Compiler.Add(ms);
                    measurement.CompilerCpu.Add(cpuMs);
                }

                measurement.CompilerErrors = Math.Max(measurement.CompilerErrors, errors);
                return Task.CompletedTask;
            },
            async () => Record(measurement, Floor, await WithAnalyzers(compilation, ImmutableArray.Create(new NamedAnalyzer(Floor, new FloorAnalyzer()))), discard),
            async () => Record(measurement, AllRules, await WithAnalyzers(compilation, analyzers), discard),
        };
        if (options.Alone)
        {
            runs.AddRange(analyzers.Select(a => (Func<Task>)(async () => Record(measurement, a.Name, await WithAnalyzers(compilation, ImmutableArray.Create(a)), discard))));
        }

        int shift = measurement.Rounds++ % runs.Count;
        foreach (var run in runs.Skip(shift).Concat(runs.Take(shift)))
        {
            await run();
        }
    }

    private static void Record(BatchMeasurement measurement, string set, AnalyzerRun run, bool discard)
    {
        measurement.Exceptions += run.Exceptions;
        if (set == AllRules)
        {
            measurement.Diagnostics = run.ById;
        }

        if (!discard)
        {
            measurement.Runs.GetOrAdd(set, _ => new List<AnalyzerRun>()).Add(run);
        }
    }

    private static (double Ms, double CpuMs, int Errors) CompilerOnly(CSharpCompilation compilation)
    {
        var fresh = compilation.Clone();
        Settle();
        double cpu = CpuMs();
        var watch = Stopwatch.StartNew();
        var diagnostics = fresh.GetDiagnostics();
        watch.Stop();
        cpu = CpuMs() - cpu;
        var errors = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        foreach (var error in errors.Take(5))
        {
            Console.Error.WriteLine("generated code does not compile: " + error);
        }

        return (watch.Elapsed.TotalMilliseconds, cpu, errors.Count);
    }

    /// <summary>A build's analysis: compiler and analyzer diagnostics of a fresh clone, with execution-time logging.</summary>
    private static async Task<AnalyzerRun> WithAnalyzers(CSharpCompilation compilation, ImmutableArray<NamedAnalyzer> set)
    {
        var fresh = compilation.Clone();
        var exceptions = new ConcurrentQueue<Exception>();
        var withAnalyzers = fresh.WithAnalyzers(
            set.Select(a => a.Analyzer).ToImmutableArray(),
            new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
                (exception, _, _) => exceptions.Enqueue(exception),
                concurrentAnalysis: true,
                logAnalyzerExecutionTime: true,
                reportSuppressedDiagnostics: false));
        Settle();
        double cpu = CpuMs();
        var watch = Stopwatch.StartNew();
        // The analysis result keeps the driver's telemetry (GetAllDiagnosticsAsync does not); the compiler's own
        // diagnostics of the same compilation, as a build has them, come after it and reuse what it bound.
        AnalysisResult result = await withAnalyzers.GetAnalysisResultAsync(CancellationToken.None);
        double analysisMs = watch.Elapsed.TotalMilliseconds;
        var compilerDiagnostics = withAnalyzers.Compilation.GetDiagnostics();
        watch.Stop();
        cpu = CpuMs() - cpu;
        if (Environment.GetEnvironmentVariable("PII_BENCH_TRACE") is not null)
        {
            Console.WriteLine($"    {string.Join("+", set.Select(a => a.Name))}: analysis {analysisMs:F0} ms, then compiler {watch.Elapsed.TotalMilliseconds - analysisMs:F0} ms");
        }

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

        int ad0001 = diagnostics.Count(d => d.Id == "AD0001");
        return new AnalyzerRun(
            watch.Elapsed.TotalMilliseconds,
            cpu,
            execution,
            diagnostics.Where(d => d.Id.StartsWith("PII", StringComparison.Ordinal)).GroupBy(d => d.Id).ToDictionary(g => g.Key, g => g.Count()),
            exceptions.Count + ad0001);
    }

    /// <summary>
    /// The editor: a document of about 3,000 lines in a project of the smallest size, edited inside a method body; after
    /// each edit a new compilation (as the IDE makes for each snapshot) and the document's semantic diagnostics: the
    /// compiler's, then each analyzer set's, each on its own fresh compilation of the edited text.
    /// </summary>
    private static async Task<EditorMeasurement> MeasureEditor(ImmutableArray<NamedAnalyzer> analyzers, Options options)
    {
        var (text, editPosition) = CodeBaseGenerator.LargeDocument(options.EditorLines);
        var sources = CodeBaseGenerator.Generate(options.EditorProjectFiles).Append(("Editor/Portal.cs", text)).ToList();
        CSharpCompilation project = Compile(sources);
        SyntaxTree original = project.SyntaxTrees.Last();
        var measurement = new EditorMeasurement(LineCount(text), options.EditorProjectFiles);
        var sets = new List<(string Name, ImmutableArray<NamedAnalyzer> Set)>
        {
            (Floor, ImmutableArray.Create(new NamedAnalyzer(Floor, new FloorAnalyzer()))),
            (AllRules, analyzers),
        };
        if (options.Alone)
        {
            sets.AddRange(analyzers.Select(a => (a.Name, ImmutableArray.Create(a))));
        }

        int edits = options.Warmups + options.EditorEdits;
        for (int edit = 0; edit < edits; edit++)
        {
            bool discard = edit < options.Warmups;
            // A keystroke's worth of change: a new statement in a method body, different each time.
            var change = new TextChange(new TextSpan(editPosition, 0), $"int typed{edit} = {edit};\n            ");
            SyntaxTree edited = original.WithChangedText(original.GetText().WithChanges(change));
            TextSpan method = EnclosingMethod(edited, editPosition);

            Settle();
            var compilation = project.ReplaceSyntaxTree(original, edited);
            var watch = Stopwatch.StartNew();
            var compilerDiagnostics = compilation.GetSemanticModel(edited).GetDiagnostics();
            watch.Stop();
            measurement.CompilerErrors = Math.Max(measurement.CompilerErrors, compilerDiagnostics.Count(d => d.Severity == DiagnosticSeverity.Error));
            if (!discard)
            {
                measurement.Compiler.Add(watch.Elapsed.TotalMilliseconds);
            }

            foreach (var (name, set) in sets)
            {
                var document = await DocumentRun(project.ReplaceSyntaxTree(original, edited), edited, set, filterSpan: null);
                measurement.Exceptions += document.Exceptions;
                if (!discard)
                {
                    Add(measurement.Runs, name, document);
                }
            }

            var span = await DocumentRun(project.ReplaceSyntaxTree(original, edited), edited, analyzers, method);
            measurement.Exceptions += span.Exceptions;
            if (!discard)
            {
                Add(measurement.Runs, AllRules + ", edited method only", span);
            }
        }

        return measurement;
    }

    private static async Task<AnalyzerRun> DocumentRun(Compilation compilation, SyntaxTree tree, ImmutableArray<NamedAnalyzer> set, TextSpan? filterSpan)
    {
        var exceptions = new ConcurrentQueue<Exception>();
        var withAnalyzers = compilation.WithAnalyzers(
            set.Select(a => a.Analyzer).ToImmutableArray(),
            new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
                (exception, _, _) => exceptions.Enqueue(exception),
                concurrentAnalysis: true,
                logAnalyzerExecutionTime: true,
                reportSuppressedDiagnostics: false));
        Settle();
        var watch = Stopwatch.StartNew();
        var model = withAnalyzers.Compilation.GetSemanticModel(tree);
        var diagnostics = await withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(model, filterSpan, CancellationToken.None);
        watch.Stop();
        var execution = new Dictionary<string, double>();
        foreach (var analyzer in set)
        {
            execution[analyzer.Name] = (await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer.Analyzer, CancellationToken.None)).ExecutionTime.TotalMilliseconds;
        }

        foreach (var exception in exceptions.Take(3))
        {
            Console.Error.WriteLine("analyzer exception: " + exception);
        }

        return new AnalyzerRun(
            watch.Elapsed.TotalMilliseconds,
            double.NaN,
            execution,
            diagnostics.GroupBy(d => d.Id).ToDictionary(g => g.Key, g => g.Count()),
            exceptions.Count + diagnostics.Count(d => d.Id == "AD0001"));
    }

    private static TextSpan EnclosingMethod(SyntaxTree tree, int position)
    {
        var node = tree.GetRoot().FindToken(position).Parent;
        while (node is not null && node is not Microsoft.CodeAnalysis.CSharp.Syntax.BaseMethodDeclarationSyntax)
        {
            node = node.Parent;
        }

        return node?.Span ?? new TextSpan(position, 0);
    }

    private static void Add(Dictionary<string, List<AnalyzerRun>> runs, string set, AnalyzerRun run)
    {
        if (!runs.TryGetValue(set, out var list))
        {
            runs.Add(set, list = new List<AnalyzerRun>());
        }

        list.Add(run);
    }

    /// <summary>
    /// The process's CPU time: on a machine shared with other work the wall time of a run grows with the load, its CPU
    /// time much less, so the report gives both.
    /// </summary>
    internal static double CpuMs()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime.TotalMilliseconds;
    }

    internal static void Settle()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    private static int LineCount(string text) => text.Count(c => c == '\n');

    /// <summary>benchmarks/results.md of the repository the command runs in, else ./pii-benchmark.md.</summary>
    private static string DefaultOutput()
    {
        for (var directory = new DirectoryInfo(Environment.CurrentDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "PiiAnalyzers.sln")))
            {
                return Path.Combine(directory.FullName, "benchmarks", "results.md");
            }
        }

        return Path.GetFullPath("pii-benchmark.md");
    }

    internal static double Median(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        if (sorted.Count == 0)
        {
            return double.NaN;
        }

        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}

internal sealed record NamedAnalyzer(string Name, DiagnosticAnalyzer Analyzer);

/// <summary>One analyzer run: its wall time, each analyzer's execution time (driver telemetry), its diagnostics by id.</summary>
internal sealed record AnalyzerRun(double WallMs, double CpuMs, Dictionary<string, double> ExecutionMs, Dictionary<string, int> ById, int Exceptions);

internal sealed class BatchMeasurement
{
    public BatchMeasurement(int files, int lines)
    {
        Files = files;
        Lines = lines;
    }

    public int Files { get; }

    public int Lines { get; }

    public int Rounds { get; set; }

    public List<double> Compiler { get; } = new();

    public List<double> CompilerCpu { get; } = new();

    public ConcurrentDictionary<string, List<AnalyzerRun>> Runs { get; } = new();

    public Dictionary<string, int> Diagnostics { get; set; } = new();

    public int Exceptions { get; set; }

    public int CompilerErrors { get; set; }

    public double CompilerMs => Program.Median(Compiler);

    public double CompilerCpuMs => Program.Median(CompilerCpu);

    /// <summary>The median over repetitions of the process's CPU time in the set's run (analysis, then the compiler's diagnostics).</summary>
    public double CpuMs(string set) => Runs.TryGetValue(set, out var runs) ? Program.Median(runs.Select(r => r.CpuMs)) : double.NaN;

    public double WallMs(string set) => Runs.TryGetValue(set, out var runs) ? Program.Median(runs.Select(r => r.WallMs)) : double.NaN;

    /// <summary>The median over repetitions of the summed execution time of the set's analyzers.</summary>
    public double ExecutionMs(string set) => Runs.TryGetValue(set, out var runs) ? Program.Median(runs.Select(r => r.ExecutionMs.Values.Sum())) : double.NaN;

    /// <summary>One analyzer's execution time inside a set's run (median over repetitions).</summary>
    public double ExecutionMs(string set, string analyzer) =>
        Runs.TryGetValue(set, out var runs) ? Program.Median(runs.Select(r => r.ExecutionMs.TryGetValue(analyzer, out double ms) ? ms : double.NaN)) : double.NaN;

    public string Summary() =>
        $"  compiler {CompilerMs:F0} ms; floor {WallMs("floor"):F0} ms wall; all rules {WallMs("all rules"):F0} ms wall, " +
        $"{ExecutionMs("all rules"):F0} ms in the analyzers; CPU: compiler {CompilerCpuMs:F0} ms, floor {CpuMs("floor"):F0} ms, all rules {CpuMs("all rules"):F0} ms; " +
        $"{Diagnostics.Values.Sum()} diagnostics; {Exceptions} exceptions";
}

internal sealed class EditorMeasurement
{
    public EditorMeasurement(int lines, int projectFiles)
    {
        Lines = lines;
        ProjectFiles = projectFiles;
    }

    public int Lines { get; }

    public int ProjectFiles { get; }

    public List<double> Compiler { get; } = new();

    public Dictionary<string, List<AnalyzerRun>> Runs { get; } = new();

    public int Exceptions { get; set; }

    public int CompilerErrors { get; set; }

    public double WallMs(string set) => Runs.TryGetValue(set, out var runs) ? Program.Median(runs.Select(r => r.WallMs)) : double.NaN;

    public double ExecutionMs(string set) => Runs.TryGetValue(set, out var runs) ? Program.Median(runs.Select(r => r.ExecutionMs.Values.Sum())) : double.NaN;

    public double ExecutionMs(string set, string analyzer) =>
        Runs.TryGetValue(set, out var runs) ? Program.Median(runs.Select(r => r.ExecutionMs.TryGetValue(analyzer, out double ms) ? ms : double.NaN)) : double.NaN;

    public int Diagnostics(string set) => Runs.TryGetValue(set, out var runs) && runs.Count > 0 ? runs[^1].ById.Where(p => p.Key.StartsWith("PII", StringComparison.Ordinal)).Sum(p => p.Value) : 0;
}

internal sealed class Options
{
    public const string Usage = """
        usage: dotnet run -c Release --project benchmarks/PiiAnalyzers.Benchmarks -- [options]
          --smoke             the smallest size once, no warm-up, a small editor document, a solution of 2 modules
                              (under a minute; what CI runs)
          --sizes A,B,C       code base sizes in files (default 250,500,1000)
          --reps N            repetitions per size (default 5)
          --warmup N          warm-up rounds before measuring (default 1)
          --no-alone          do not also run each rule alone
          --editor-lines N    lines of the editor document (default 3000)
          --edits N           measured edits of the editor document (default 7)
          --solution-sizes A,B  sizes of the generated multi-project web solution, in feature modules of about 1,460
                              lines each (default 64, about 94,000 lines; 0: no solution mode)
          --solution-variants L variants of the solution: unmarked, marked, inference, bare (unmarked without the
                              PiiAnalyzers.Annotations reference) (default unmarked,marked,inference)
          --solution-only     only the solution mode (no code base sizes, no editor document)
          --no-solution-floor no floor analyzer runs in the solution mode
          --solution-sequential the solution mode without concurrent build or analysis: the compiler's and the
                              analyzers' times are then both one thread's work
          --dump-solution DIR write the generated solutions' files under DIR
          --out FILE          where the Markdown goes (default benchmarks/results.md of the repository)
        """;

    public IReadOnlyList<int> Sizes { get; private set; } = new[] { 250, 500, 1000 };

    public int Repetitions { get; private set; } = 5;

    public int Warmups { get; private set; } = 1;

    public bool Alone { get; private set; } = true;

    public int EditorLines { get; private set; } = 3000;

    public int EditorEdits { get; private set; } = 7;

    public int EditorProjectFiles { get; private set; } = 250;

    public string? Output { get; private set; }

    public bool Smoke { get; private set; }

    /// <summary>The sizes of the solution mode, in feature modules (<see cref="SolutionGenerator"/>).</summary>
    public IReadOnlyList<int> SolutionSizes { get; private set; } = new[] { 64 };

    public IReadOnlyList<SolutionVariantSpec> SolutionVariants { get; private set; } = SolutionVariantSpec.Default;

    public bool SolutionOnly { get; private set; }

    public bool SolutionFloor { get; private set; } = true;

    /// <summary>Whether the solution mode runs the compiler and the analyzers on one thread each (no concurrent build or analysis).</summary>
    public bool SolutionSequential { get; private set; }

    /// <summary>Where to write the generated solutions' files, if anywhere.</summary>
    public string? DumpSolution { get; private set; }

    public static Options? Parse(string[] args)
    {
        var options = new Options();
        for (int i = 0; i < args.Length; i++)
        {
            string? Value() => i + 1 < args.Length ? args[++i] : null;
            switch (args[i])
            {
                case "--smoke":
                    options.Smoke = true;
                    options.Sizes = new[] { 60 };
                    options.Repetitions = 1;
                    options.Warmups = 0;
                    options.EditorLines = 600;
                    options.EditorEdits = 1;
                    options.EditorProjectFiles = 20;
                    options.SolutionSizes = new[] { 2 };
                    options.SolutionFloor = false;
                    break;
                case "--solution-sizes":
                    if (Value() is not { } solutionSizes ||
                        solutionSizes.Split(',').Select(s => int.TryParse(s, out int n) ? n : -1).ToArray() is not { } modules || modules.Any(n => n < 0))
                    {
                        return null;
                    }

                    options.SolutionSizes = modules.Where(n => n > 0).ToArray();
                    break;
                case "--solution-variants":
                    if (Value() is not { } variants ||
                        variants.Split(',').Select(k => SolutionVariantSpec.All.FirstOrDefault(spec => spec.Key == k.Trim())).ToList() is not { } specs ||
                        specs.Any(spec => spec is null) || specs.Count == 0)
                    {
                        return null;
                    }

                    options.SolutionVariants = specs.Select(spec => spec!).Distinct().ToList();
                    break;
                case "--solution-only":
                    options.SolutionOnly = true;
                    break;
                case "--dump-solution" when Value() is { } dump:
                    options.DumpSolution = dump;
                    break;
                case "--solution-sequential":
                    options.SolutionSequential = true;
                    break;
                case "--no-solution-floor":
                    options.SolutionFloor = false;
                    break;
                case "--sizes":
                    if (Value() is not { } sizes || sizes.Split(',').Select(s => int.TryParse(s, out int n) ? n : 0).ToArray() is not { } parsed || parsed.Any(n => n < 2))
                    {
                        return null;
                    }

                    options.Sizes = parsed;
                    options.EditorProjectFiles = Math.Min(options.EditorProjectFiles, parsed.Min());
                    break;
                case "--reps" when int.TryParse(Value(), out int reps) && reps > 0:
                    options.Repetitions = reps;
                    break;
                case "--warmup" when int.TryParse(Value(), out int warmups) && warmups >= 0:
                    options.Warmups = warmups;
                    break;
                case "--no-alone":
                    options.Alone = false;
                    break;
                case "--editor-lines" when int.TryParse(Value(), out int lines) && lines > 0:
                    options.EditorLines = lines;
                    break;
                case "--edits" when int.TryParse(Value(), out int edits) && edits > 0:
                    options.EditorEdits = edits;
                    break;
                case "--out" when Value() is { } output:
                    options.Output = output;
                    break;
                default:
                    return null;
            }
        }

        return options;
    }

    public string CommandLine() => Smoke ? "--smoke" :
        (SolutionOnly ? "--solution-only" : $"--sizes {string.Join(",", Sizes)}") + $" --reps {Repetitions} --warmup {Warmups}" +
        (SolutionOnly ? "" : $"{(Alone ? "" : " --no-alone")} --editor-lines {EditorLines} --edits {EditorEdits}") +
        (SolutionSizes.Count == 0 ? " --solution-sizes 0" : $" --solution-sizes {string.Join(",", SolutionSizes)}" +
            (SolutionVariants.SequenceEqual(SolutionVariantSpec.Default) ? "" : $" --solution-variants {string.Join(",", SolutionVariants.Select(v => v.Key))}") +
            (SolutionFloor ? "" : " --no-solution-floor") + (SolutionSequential ? " --solution-sequential" : ""));
}

internal static class Machine
{
    public static string? LoadAverage()
    {
        try
        {
            return File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    public static string Describe()
    {
        string cpu = "unknown CPU";
        try
        {
            if (File.Exists("/proc/cpuinfo"))
            {
                cpu = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? cpu;
            }
        }
        catch (IOException)
        {
        }

        string roslyn = typeof(CSharpCompilation).Assembly.GetName().Version?.ToString() ?? "?";
        return $"{DateTime.UtcNow:yyyy-MM-dd} · {Environment.ProcessorCount} cores (nproc) · {cpu} · {RuntimeInformation.FrameworkDescription} · " +
            $"{RuntimeInformation.OSDescription} · host Roslyn {roslyn}";
    }
}
