using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PiiAnalyzers.Configuration;

/// <summary>
/// The options a project sets for the analyzers, read once per compilation (<see cref="For"/>): the
/// <c>pii_analyzers.*</c> keys of its <c>.editorconfig</c> sections and global configs, and the MSBuild property
/// <c>PiiAnalysisMode</c> (made visible to the analyzers by the package's targets). A value that cannot be read,
/// and a <c>pii_analyzers.</c> key that names no option, is an <see cref="OptionError"/> (reported as PII900); the
/// option then keeps its default.
/// </summary>
internal sealed class ProjectOptions
{
    /// <summary>Every option key starts with this.</summary>
    public const string Prefix = "pii_analyzers.";

    /// <summary><c>true</c>: members that look like personal data count as personal data (inference mode).</summary>
    public const string InferPersonalData = "pii_analyzers.infer_personal_data";

    /// <summary>Assembly name patterns whose members inference covers besides the solution's own projects.</summary>
    public const string InferPersonalDataAssemblies = "pii_analyzers.infer_personal_data_assemblies";

    /// <summary><c>true</c>: inference also covers tests, seeders, samples, demos, benchmarks and tools (<see cref="NonProductionCode"/>).</summary>
    public const string InferInNonProduction = "pii_analyzers.infer_personal_data_in_non_production";

    /// <summary>The project's directory as the SDK passes it to analyzers.</summary>
    private const string ProjectDirProperty = "build_property.ProjectDir";

    /// <summary>The test SDK's <c>IsTestProject</c> (made visible to the analyzers by the package's targets).</summary>
    private const string IsTestProjectProperty = "build_property.IsTestProject";

    /// <summary>The MSBuild property <c>PiiAnalysisMode</c> as the compiler passes it (<c>CompilerVisibleProperty</c>).</summary>
    public const string AnalysisModeProperty = "build_property.PiiAnalysisMode";

    /// <summary>The option keys, for the message about a key that names none.</summary>
    public static readonly ImmutableArray<string> Known = ImmutableArray.Create(InferPersonalData, InferPersonalDataAssemblies, InferInNonProduction);

    /// <summary>The values of <c>PiiAnalysisMode</c> (any case).</summary>
    public static readonly ImmutableArray<string> AnalysisModes = ImmutableArray.Create("Default", "Strict", "None");

    private static readonly ConditionalWeakTable<Compilation, ProjectOptions> Read = new();

    private ProjectOptions(ImmutableHashSet<SyntaxTree> inferenceTrees, AssemblyNamePatterns inferredAssemblies, ImmutableArray<OptionError> errors)
    {
        InferenceTrees = inferenceTrees;
        InferredAssemblies = inferredAssemblies;
        Errors = errors;
    }

    /// <summary>The source files where inference mode is on (a file's own value wins over the global one).</summary>
    public ImmutableHashSet<SyntaxTree> InferenceTrees { get; }

    /// <summary>The assemblies named by <see cref="InferPersonalDataAssemblies"/>, from every place it is set.</summary>
    public AssemblyNamePatterns InferredAssemblies { get; }

    /// <summary>The values and keys that could not be read, each once.</summary>
    public ImmutableArray<OptionError> Errors { get; }

    /// <summary>The options of a compilation (read once; every analyzer of the compilation sees the same).</summary>
    public static ProjectOptions For(Compilation compilation, AnalyzerOptions options) =>
        Read.GetValue(compilation, c => Load(c, options.AnalyzerConfigOptionsProvider));

    private static ProjectOptions Load(Compilation compilation, AnalyzerConfigOptionsProvider provider)
    {
        var reader = new Reader();
        AnalyzerConfigOptions global = provider.GlobalOptions;
        SyntaxTree? firstTree = compilation.SyntaxTrees.FirstOrDefault();
        bool? globalInference = reader.Boolean(global, InferPersonalData, firstTree);
        bool? globalNonProduction = reader.Boolean(global, InferInNonProduction, firstTree);
        reader.Patterns(global, firstTree);
        reader.AnalysisMode(global, firstTree);
        reader.UnknownKeys(global, firstTree);

        // Trees share their options object when the same sections apply to them: each object is read once.
        var seen = new Dictionary<AnalyzerConfigOptions, (bool? Inference, bool? NonProduction)>(ReferenceEqualityComparer.Instance);
        var trees = ImmutableHashSet.CreateBuilder<SyntaxTree>();
        NonProductionScope? nonProduction = null;
        foreach (SyntaxTree tree in compilation.SyntaxTrees)
        {
            AnalyzerConfigOptions options = provider.GetOptions(tree);
            if (!seen.TryGetValue(options, out var values))
            {
                if (!ReferenceEquals(options, global))
                {
                    values = (reader.Boolean(options, InferPersonalData, tree), reader.Boolean(options, InferInNonProduction, tree));
                    reader.Patterns(options, tree);
                    reader.UnknownKeys(options, tree);
                }

                seen.Add(options, values);
            }

            if ((values.Inference ?? globalInference) == true)
            {
                // Tests, seeders, samples and tools are left out unless the option turns them in.
                nonProduction ??= new NonProductionScope(compilation, global);
                if ((values.NonProduction ?? globalNonProduction) == true || !nonProduction.Covers(tree))
                {
                    trees.Add(tree);
                }
            }
        }

        return new ProjectOptions(trees.ToImmutable(), new AssemblyNamePatterns(reader.PatternList.ToImmutable()), reader.Errors.ToImmutable());
    }

    /// <summary>What of the project is not production code: the whole project, or some of its files.</summary>
    private sealed class NonProductionScope
    {
        private readonly bool _wholeProject;
        private readonly string? _projectDirectory;

        public NonProductionScope(Compilation compilation, AnalyzerConfigOptions global)
        {
            _wholeProject = NonProductionCode.IsProject(
                compilation.AssemblyName,
                global.TryGetValue(IsTestProjectProperty, out string? isTest) && string.Equals(isTest?.Trim(), "true", StringComparison.OrdinalIgnoreCase));
            _projectDirectory = global.TryGetValue(ProjectDirProperty, out string? directory) && !string.IsNullOrWhiteSpace(directory)
                ? directory!.Trim()
                : NonProductionCode.CommonDirectory(compilation.SyntaxTrees.Select(t => t.FilePath));
        }

        public bool Covers(SyntaxTree tree) => _wholeProject || NonProductionCode.IsFile(tree.FilePath, _projectDirectory);
    }

    /// <summary>Reads values and collects errors, each (key, value) reported once, in the first file it applies to.</summary>
    private sealed class Reader
    {
        private readonly HashSet<(string Key, string Value)> _reported = new();

        public ImmutableArray<OptionError>.Builder Errors { get; } = ImmutableArray.CreateBuilder<OptionError>();

        public ImmutableArray<string>.Builder PatternList { get; } = ImmutableArray.CreateBuilder<string>();

        public bool? Boolean(AnalyzerConfigOptions options, string key, SyntaxTree? tree)
        {
            if (!options.TryGetValue(key, out string? value) || value is null)
            {
                return null;
            }

            string trimmed = value.Trim();
            if (string.Equals(trimmed, "true", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (string.Equals(trimmed, "false", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            Add(key, value, "expected true or false; the option is off where this value applies", tree);
            return null;
        }

        public void Patterns(AnalyzerConfigOptions options, SyntaxTree? tree)
        {
            if (!options.TryGetValue(InferPersonalDataAssemblies, out string? value) || value is null)
            {
                return;
            }

            foreach (string entry in AssemblyNamePatterns.Split(value))
            {
                if (AssemblyNamePatterns.IsValid(entry))
                {
                    if (!PatternList.Contains(entry, StringComparer.OrdinalIgnoreCase))
                    {
                        PatternList.Add(entry);
                    }
                }
                else
                {
                    Add(InferPersonalDataAssemblies, value,
                        $"'{Quote(entry)}' is not an assembly name or pattern (letters, digits, '_', '-', '.', and '*' for any characters, separated by commas); it is ignored",
                        tree);
                }
            }
        }

        public void AnalysisMode(AnalyzerConfigOptions global, SyntaxTree? tree)
        {
            if (global.TryGetValue(AnalysisModeProperty, out string? value) && value is not null && value.Trim().Length > 0 &&
                !AnalysisModes.Contains(value.Trim(), StringComparer.OrdinalIgnoreCase))
            {
                Errors.Add(new OptionError(
                    $"MSBuild property PiiAnalysisMode = '{Quote(value)}'",
                    $"expected one of {string.Join(", ", AnalysisModes)}; the rules keep their default severities",
                    tree));
            }
        }

        public void UnknownKeys(AnalyzerConfigOptions options, SyntaxTree? tree)
        {
            IEnumerable<string> keys;
            try
            {
                keys = options.Keys.ToList();
            }
            catch (NotImplementedException)
            {
                return; // a host whose options cannot list their keys: unknown keys go unreported there
            }

            foreach (string key in keys)
            {
                if (key.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) && !Known.Contains(key, StringComparer.OrdinalIgnoreCase) &&
                    _reported.Add((key.ToLowerInvariant(), "")))
                {
                    options.TryGetValue(key, out string? value);
                    Errors.Add(new OptionError(
                        $"Option {Quote(key)} = '{Quote(value ?? "")}'",
                        $"PiiAnalyzers has no option '{Quote(key)}' (its options: {string.Join(", ", Known)}); the line is ignored",
                        tree));
                }
            }
        }

        private void Add(string key, string value, string why, SyntaxTree? tree)
        {
            if (_reported.Add((key, value)))
            {
                Errors.Add(new OptionError($"Option {key} = '{Quote(value)}'", why, tree));
            }
        }

        /// <summary>At most 120 characters of a value, control characters shown as <c>\u0000</c>.</summary>
        private static string Quote(string value)
        {
            string shown = value.Length > 120 ? value.Substring(0, 120) + "…" : value;
            var text = new System.Text.StringBuilder(shown.Length);
            foreach (char c in shown)
            {
                text.Append(char.IsControl(c) ? "\\u" + ((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture) : c.ToString());
            }

            return text.ToString();
        }
    }

    private sealed class ReferenceEqualityComparer : IEqualityComparer<AnalyzerConfigOptions>
    {
        public static readonly ReferenceEqualityComparer Instance = new();

        public bool Equals(AnalyzerConfigOptions? x, AnalyzerConfigOptions? y) => ReferenceEquals(x, y);

        public int GetHashCode(AnalyzerConfigOptions obj) => RuntimeHelpers.GetHashCode(obj);
    }
}

/// <summary>An option value that cannot be read: which option and value, why, and the file whose analysis reports it.</summary>
internal sealed class OptionError
{
    public OptionError(string what, string why, SyntaxTree? reportedWith)
    {
        What = what;
        Why = why;
        ReportedWith = reportedWith;
    }

    /// <summary>The option and its value, e.g. <c>Option pii_analyzers.infer_personal_data = 'yes'</c>.</summary>
    public string What { get; }

    /// <summary>Why it cannot be read, and what happens instead.</summary>
    public string Why { get; }

    /// <summary>The first source file the value applies to: the error is reported (without location) with its analysis.</summary>
    public SyntaxTree? ReportedWith { get; }
}
