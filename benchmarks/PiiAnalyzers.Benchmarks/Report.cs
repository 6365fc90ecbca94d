using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace PiiAnalyzers.Benchmarks;

/// <summary>The Markdown the benchmark writes: the batch table, the per-rule table, the editor table and the targets.</summary>
internal sealed class Report
{
    private const string AllRules = "all rules";
    private const string Floor = "floor";

    /// <summary>The share of the compiler's time all rules together may take.</summary>
    public const double CompilerShareTarget = 0.03;

    /// <summary>How many times the floor's added time all rules together may add.</summary>
    public const double FloorTarget = 1.5;

    /// <summary>How far the cost per line may grow from the smallest to the largest size and still be called linear.</summary>
    public const double LinearityTolerance = 1.25;

    private readonly string _machine;
    private readonly Options _options;

    public Report(string machine, Options options)
    {
        _machine = machine;
        _options = options;
    }

    public List<BatchMeasurement> Batch { get; } = new();

    public EditorMeasurement Editor { get; set; } = new(0, 0);

    public List<SolutionMeasurement> Solution { get; set; } = new();

    public TimeSpan Elapsed { get; set; }

    /// <summary>The 1, 5 and 15 minute load averages when the run ended (other work on the machine inflates every time measured).</summary>
    public string? LoadAverage { get; set; }

    public string ToMarkdown(IReadOnlyList<string> rules)
    {
        var md = new StringBuilder();
        md.AppendLine("### Analyzer benchmark").AppendLine();
        md.AppendLine($"{_machine} · `{_options.CommandLine()}` · {_options.Repetitions} repetitions, medians · run took {Elapsed.TotalMinutes:F1} min" +
            (LoadAverage is null ? "" : $" · load average at the end {LoadAverage}")).AppendLine();

        if (_options.Smoke)
        {
            md.AppendLine("> Smoke run: one cold repetition of the smallest size, to prove the benchmark works. Its timings mean nothing.").AppendLine();
        }

        if (Batch.Count > 0)
        {
            BatchAndEditor(md, rules);
        }

        if (Solution.Count > 0)
        {
            SolutionTables(md, rules);
        }

        md.AppendLine("**Targets**").AppendLine();
        foreach (string line in Targets().Concat(SolutionTargets()))
        {
            md.AppendLine("- " + line);
        }

        return md.ToString();
    }

    private void BatchAndEditor(StringBuilder md, IReadOnlyList<string> rules)
    {

        md.AppendLine("**Build** (generated code base; compiler = `GetDiagnostics()`; wall = `GetAnalysisResultAsync()` then the compiler's `GetDiagnostics()` of the same compilation, as a build does both; " +
            "added = wall − compiler; analyzer time = the driver's `ExecutionTime` of the analyzers)").AppendLine();
        md.AppendLine("| Files | Lines | Compiler | Floor: added | All rules: added | All rules: analyzer time | Ours / compiler (≤ 3 %) | Ours / floor (≤ 1.5×) | Analyzer time per 1k lines |");
        md.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var b in Batch)
        {
            double floorAdded = b.WallMs(Floor) - b.CompilerMs;
            double oursAdded = b.WallMs(AllRules) - b.CompilerMs;
            md.AppendLine($"| {b.Files:N0} | {b.Lines:N0} | {Ms(b.CompilerMs)} | {Ms(floorAdded)} | {Ms(oursAdded)} | {Ms(b.ExecutionMs(AllRules))} | " +
                $"{Percent(b.ExecutionMs(AllRules) / b.CompilerMs)} | {Times(oursAdded / floorAdded)} | {Ms(b.ExecutionMs(AllRules) / b.Lines * 1000, 1)} |");
        }

        md.AppendLine();
        md.AppendLine("**Build, CPU time** (the process's CPU time in the same runs, all threads: less sensitive than wall time to other work on the machine; " +
            "added = the run's CPU time − the compiler's)").AppendLine();
        md.AppendLine("| Files | Compiler | Floor: added | All rules: added | Ours over the floor | Ours over the floor / compiler | Ours / floor |");
        md.AppendLine("|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var b in Batch)
        {
            double floorAdded = b.CpuMs(Floor) - b.CompilerCpuMs;
            double oursAdded = b.CpuMs(AllRules) - b.CompilerCpuMs;
            md.AppendLine($"| {b.Files:N0} | {Ms(b.CompilerCpuMs)} | {Ms(floorAdded)} | {Ms(oursAdded)} | {Ms(oursAdded - floorAdded)} | " +
                $"{Percent((oursAdded - floorAdded) / b.CompilerCpuMs)} | {Times(oursAdded / floorAdded)} |");
        }

        md.AppendLine();
        md.AppendLine("**Per rule** (analyzer time inside the all-rules run, and its share of the compiler's time; alone = the rule as the only analyzer, " +
            "at the largest size: wall added over the compiler, and its own analyzer time, which then includes the per-compilation set-up it shares with the other rules)").AppendLine();
        var largest = Batch.LastOrDefault();
        md.Append("| Rule |");
        foreach (var b in Batch)
        {
            md.Append($" {b.Files:N0} files |");
        }

        md.AppendLine(" Alone: added | Alone: analyzer time | Diagnostics (largest) |");
        md.Append("|---|").Append(string.Concat(Batch.Select(_ => "---:|"))).AppendLine("---:|---:|---:|");
        foreach (string rule in rules)
        {
            md.Append($"| {rule} |");
            foreach (var b in Batch)
            {
                double ms = b.ExecutionMs(AllRules, rule);
                md.Append($" {Ms(ms, 1)} ({Percent(ms / b.CompilerMs, 2)}) |");
            }

            md.AppendLine(largest is null ? " | | |" :
                $" {Ms(largest.WallMs(rule) - largest.CompilerMs)} | {Ms(largest.ExecutionMs(rule), 1)} | {(largest.Diagnostics.TryGetValue(rule, out int n) ? n : 0)} |");
        }

        md.AppendLine();
        var e = Editor;
        md.AppendLine($"**Editor** (one document of {e.Lines:N0} lines in a project of {e.ProjectFiles} more files, re-analysed after an edit in a method body, " +
            "on the new compilation the edit makes: compiler = the document's `SemanticModel.GetDiagnostics()`; rules = " +
            "`GetAnalyzerSemanticDiagnosticsAsync(model, span)` for the whole document or the edited method; median of " +
            $"{e.Compiler.Count} edits)").AppendLine();
        md.AppendLine("| Request | Latency | Added over the compiler | Analyzer time | Ours / compiler | Diagnostics |");
        md.AppendLine("|---|---:|---:|---:|---:|---:|");
        double compilerDoc = Program.Median(e.Compiler);
        md.AppendLine($"| compiler, document | {Ms(compilerDoc)} | | | | |");
        foreach (string set in e.Runs.Keys)
        {
            double exec = e.ExecutionMs(set);
            md.AppendLine($"| {set}, {(set.Contains("method", StringComparison.Ordinal) ? "span" : "document")} | {Ms(e.WallMs(set))} | {Ms(e.WallMs(set) - compilerDoc)} | {Ms(exec, 1)} | " +
                $"{(set == Floor ? "" : Percent(exec / compilerDoc))} | {(set == Floor ? "" : e.Diagnostics(set).ToString(CultureInfo.InvariantCulture))} |");
        }

        md.AppendLine();
    }

    /// <summary>The solution mode's tables (issue 10): the ratios per variant, per project, and per rule.</summary>
    private void SolutionTables(StringBuilder md, IReadOnlyList<string> rules)
    {
        var first = Solution[0].Variants[0];
        md.AppendLine($"**Solution** (a generated ASP.NET Core-style solution of {first.Projects.Count} projects, " +
            $"{string.Join(" → ", first.Projects.Select(p => p.Name).Reverse())} by project reference, in variants of the same code: " +
            "(a) nothing marked or configured, inference off; (b) `[PersonalData]` on the Domain entities' personal data, a `[Redactor]` class and a `[ConsentCheck]` interface; " +
            "(c) the code of (a) with `pii_analyzers.infer_personal_data = true` in a `.globalconfig`; PiiAnalyzers.Annotations referenced in each, as the package does (but in (a′), where measured); " +
            "(d), where measured, the code of (b) plus a shipment model six levels deep per module, logged whole with `{@X}`, serialized and exported. " +
            "Each project compiled as an editor has it, its referenced projects as compilation references; compiler = `GetDiagnostics()` of a fresh compilation of the project; " +
            "analyzer time = the driver's `ExecutionTime` of all rules on a fresh clone; wall added = that run's wall time (analysis, then the compiler's diagnostics) − the compiler's; " +
            "floor = the empty analyzer, on the first variant and on (d) (what the driver alone adds); CPU = the process's CPU time in the same runs, all threads, less sensitive to other work on the machine; " +
            "CPU over the floor = CPU added − the floor's, over the compiler's CPU time; " +
            "exceptions = analyzer exceptions and AD0001 over all runs; sums over the projects, medians over the repetitions; " +
            (_options.SolutionSequential
                ? "sequential: no concurrent build or analysis, so both times are one thread's work)"
                : "concurrent build and analysis as in an editor: the analyzer time sums the threads, the compiler's is wall time)")).AppendLine();
        md.AppendLine("| Modules | Lines | Variant | Compiler | Analyzer time | Ours / compiler | Target | Wall added | Floor: wall added | CPU: compiler | CPU added | Floor: CPU added | CPU over the floor / compiler | Diagnostics | Exceptions |");
        md.AppendLine("|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var size in Solution)
        {
            // The floor runs on one variant only; what the driver adds is the same code's in every variant.
            double floorCpuAdded = size.Variants.Select(v => v.FloorCpuMs() - v.CompilerCpuMs()).FirstOrDefault(x => !double.IsNaN(x), double.NaN);
            foreach (var v in size.Variants)
            {
                double ratio = v.Ratio();
                double overFloor = (v.CpuMs() - v.CompilerCpuMs() - floorCpuAdded) / v.CompilerCpuMs();
                md.AppendLine($"| {size.Modules:N0} | {v.Lines:N0} | {v.Spec.Name} | {Ms(v.CompilerMs())} | {Ms(v.ExecutionMs())} | " +
                    $"{(ratio <= v.Spec.Target ? "" : "**")}{Percent(ratio, 2)}{(ratio <= v.Spec.Target ? "" : "**")} | ≤ {Percent(v.Spec.Target, 0)} | " +
                    $"{Ms(v.WallMs() - v.CompilerMs())} | {Ms(v.FloorWallMs() - v.CompilerMs())} | {Ms(v.CompilerCpuMs())} | {Ms(v.CpuMs() - v.CompilerCpuMs())} | " +
                    $"{Ms(v.FloorCpuMs() - v.CompilerCpuMs())} | {Percent(overFloor, 1)} | {v.DiagnosticCount():N0} | {v.Exceptions:N0} |");
            }
        }

        md.AppendLine();
        var largest = Solution[^1];
        md.AppendLine($"**Solution, per project** ({largest.Modules:N0} modules; analyzer time / compiler time, and the ratio)").AppendLine();
        md.Append("| Project | Files | Lines |");
        foreach (var v in largest.Variants)
        {
            md.Append($" {v.Spec.Name} |");
        }

        md.AppendLine();
        md.Append("|---|---:|---:|").Append(string.Concat(largest.Variants.Select(_ => "---:|"))).AppendLine();
        foreach (var (project, files, lines) in largest.Variants[0].Projects)
        {
            md.Append($"| {project} | {files:N0} | {lines:N0} |");
            foreach (var v in largest.Variants)
            {
                md.Append($" {Ms(v.ExecutionMs(project), 1)} / {Ms(v.CompilerMs(project))} ({Percent(v.Ratio(project), 2)}) |");
            }

            md.AppendLine();
        }

        md.AppendLine();
        md.AppendLine($"**Solution, per rule** ({largest.Modules:N0} modules; each rule's analyzer time summed over the projects, its share of the compiler's time, and its diagnostics)").AppendLine();
        md.Append("| Rule |");
        foreach (var v in largest.Variants)
        {
            md.Append($" {v.Spec.Name} |");
        }

        md.AppendLine();
        md.Append("|---|").Append(string.Concat(largest.Variants.Select(_ => "---:|"))).AppendLine();
        foreach (string rule in rules)
        {
            md.Append($"| {rule} |");
            foreach (var v in largest.Variants)
            {
                double ms = v.ExecutionMs(rule: rule);
                md.Append($" {Ms(ms, 1)} ({Percent(ms / v.CompilerMs(), 2)}) · {v.DiagnosticCount(rule):N0} |");
            }

            md.AppendLine();
        }

        md.AppendLine();
    }

    private IEnumerable<string> SolutionTargets()
    {
        if (Solution.Count == 0)
        {
            yield break;
        }

        foreach (var spec in Solution[0].Variants.Select(v => v.Spec))
        {
            var worst = Solution.Select(s => (s, v: s.Variants.First(v => v.Spec == spec))).Select(x => (x.s, ratio: x.v.Ratio())).MaxBy(x => x.ratio);
            yield return $"Solution, {spec.Name}: analyzers ≤ {Percent(spec.Target, 0)} of the compiler's time: {(worst.ratio <= spec.Target ? "**met**" : "**not met**")} " +
                $"(at most {Percent(worst.ratio, 2)}, at {worst.s.Modules:N0} modules)";
        }

        // Issue 13: walking deep object graphs, all rules together against the empty analyzer on the same code.
        foreach (var spec in Solution[0].Variants.Select(v => v.Spec).Where(spec => spec.Variant == SolutionVariant.DeepGraphs))
        {
            var ratios = Solution.Select(s => (s, v: s.Variants.First(v => v.Spec == spec)))
                .Select(x => (x.s, ratio: (x.v.WallMs() - x.v.CompilerMs()) / (x.v.FloorWallMs() - x.v.CompilerMs())))
                .Where(x => !double.IsNaN(x.ratio))
                .ToList();
            if (ratios.Count > 0)
            {
                var worst = ratios.MaxBy(x => x.ratio);
                yield return $"Solution, {spec.Name}: all rules ≤ {FloorTarget:F1}× the floor (wall time added): {(worst.ratio <= FloorTarget ? "**met**" : "**not met**")} " +
                    $"(at most {Times(worst.ratio)}, at {worst.s.Modules:N0} modules)";
            }
        }
    }

    private IEnumerable<string> Targets()
    {
        if (Batch.Count == 0)
        {
            yield break;
        }

        var worstShare = Batch.Select(b => (b, share: b.ExecutionMs(AllRules) / b.CompilerMs)).MaxBy(x => x.share);
        yield return $"All rules ≤ 3 % of the compiler's time: {(worstShare.share <= CompilerShareTarget ? "**met**" : "**not met**")} " +
            $"(at most {Percent(worstShare.share)}, at {worstShare.b.Files:N0} files; editor document {Percent(Editor.ExecutionMs(AllRules) / Program.Median(Editor.Compiler))})";
        var worstFloor = Batch.Select(b => (b, ratio: (b.WallMs(AllRules) - b.CompilerMs) / (b.WallMs(Floor) - b.CompilerMs))).MaxBy(x => x.ratio);
        yield return $"All rules ≤ 1.5× the floor: {(worstFloor.ratio <= FloorTarget ? "**met**" : "**not met**")} " +
            $"(at most {Times(worstFloor.ratio)}, at {worstFloor.b.Files:N0} files)";
        if (Batch.Count > 1)
        {
            var first = Batch[0];
            var last = Batch[^1];
            double ours = last.ExecutionMs(AllRules) / last.Lines / (first.ExecutionMs(AllRules) / first.Lines);
            double compiler = last.CompilerMs / last.Lines / (first.CompilerMs / first.Lines);
            yield return $"Cost linear in code size: {(ours <= LinearityTolerance ? "**met**" : "**not met**")} " +
                $"(analyzer time per line at {last.Lines:N0} lines is {ours:F2}× that at {first.Lines:N0}; the compiler's {compiler:F2}×)";
        }
    }

    private static string Ms(double ms, int decimals = 0) =>
        double.IsNaN(ms) ? "–" : ms.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) + " ms";

    private static string Percent(double ratio, int decimals = 1) =>
        double.IsNaN(ratio) || double.IsInfinity(ratio) ? "–" : (ratio * 100).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) + " %";

    private static string Times(double ratio) =>
        double.IsNaN(ratio) || double.IsInfinity(ratio) ? "–" : ratio.ToString("F2", CultureInfo.InvariantCulture) + "×";
}
