using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.CodeAnalysis.Text;
using PiiAnalyzers.Benchmarks;
using PiiAnalyzers.Tests.Harness;
using Xunit;
using Xunit.Abstractions;

namespace PiiAnalyzers.Tests.Robustness;

/// <summary>
/// All analyzers over a generated multi-project web solution (the benchmark's: Domain, Application, Infrastructure,
/// Web), each project analysed twice: with the projects it references as compilation references, as editors load a
/// solution, and as their built reference assemblies, as <c>dotnet build</c> passes them. No analyzer exception in
/// either, and the same diagnostics in both.
/// </summary>
public sealed class MultiProjectSolutionTests
{
    private const int Modules = 2;

    private readonly ITestOutputHelper _output;

    public MultiProjectSolutionTests(ITestOutputHelper output) => _output = output;

    [Theory]
    [InlineData(SolutionVariant.Marked)]
    [InlineData(SolutionVariant.Inference)]
    [InlineData(SolutionVariant.Unmarked)]
    [InlineData(SolutionVariant.DeepGraphs)]
    public async Task EveryProject_GivesTheSameDiagnostics_InBothShapesOfProjectReference(SolutionVariant variant)
    {
        GeneratedSolution solution = SolutionGenerator.Generate(Modules, variant);
        AnalyzerOptions options = Options(solution.GlobalConfig);
        var asCompilations = Compile(solution, built: false);
        var asBuilt = Compile(solution, built: true);

        int total = 0;
        foreach (GeneratedProject project in solution.Projects)
        {
            var errors = asBuilt[project.Name].GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Take(5).ToList();
            Assert.True(errors.Count == 0, $"{project.Name} does not compile: " + string.Join("; ", errors.Select(RobustnessKit.Describe)));

            var editor = await RobustnessKit.AnalyzeAsync(asCompilations[project.Name], options);
            var build = await RobustnessKit.AnalyzeAsync(asBuilt[project.Name], options);
            RobustnessKit.AssertNoFailures(editor.Exceptions, $"analysing {project.Name} with compilation references");
            RobustnessKit.AssertNoFailures(build.Exceptions, $"analysing {project.Name} with built references");

            var inEditor = Described(editor.Diagnostics);
            var inBuild = Described(build.Diagnostics);
            Assert.True(inEditor.SequenceEqual(inBuild),
                $"{project.Name}: {inEditor.Count} diagnostics with compilation references, {inBuild.Count} with built references; " +
                $"only with compilation references: {string.Join("; ", inEditor.Except(inBuild).Take(3))}; " +
                $"only with built references: {string.Join("; ", inBuild.Except(inEditor).Take(3))}");
            total += inEditor.Count;
            _output.WriteLine($"{variant} {project.Name}: {project.Files.Count} files, {inEditor.Count} diagnostics, identical in both shapes");
        }

        if (variant != SolutionVariant.Unmarked)
        {
            Assert.True(total > 20, $"only {total} diagnostics: the solution does not exercise the rules");
        }
    }

    /// <summary>Each project of the solution compiled in build order, referencing the earlier ones in one shape.</summary>
    private static Dictionary<string, Compilation> Compile(GeneratedSolution solution, bool built)
    {
        var compilations = new Dictionary<string, Compilation>(StringComparer.Ordinal);
        var images = new Dictionary<string, MetadataReference>(StringComparer.Ordinal);
        foreach (GeneratedProject project in solution.Projects)
        {
            var references = TestReferences.Framework.AddRange(TestReferences.Libraries).Add(TestReferences.Annotations)
                .AddRange(project.References.Select(name => built ? images[name] : compilations[name].ToMetadataReference()));
            Compilation compilation = CSharpCompilation.Create(
                project.Name,
                project.Files.Select(f => CSharpSyntaxTree.ParseText(SourceText.From(f.Text, Encoding.UTF8), RobustnessKit.ParseOptions, f.Path)),
                references,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
            compilations[project.Name] = compilation;
            if (built)
            {
                using var image = new MemoryStream();
                EmitResult result = compilation.Emit(image, options: new EmitOptions(metadataOnly: true, includePrivateMembers: false));
                Assert.True(result.Success, $"{project.Name} does not build: " + string.Join("; ", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(5)));
                images[project.Name] = MetadataReference.CreateFromImage(image.ToArray(), filePath: $"/sln/src/{project.Name}/obj/Debug/net10.0/ref/{project.Name}.dll");
            }
        }

        return compilations;
    }

    private static AnalyzerOptions Options(string? globalConfig)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (string line in (globalConfig ?? "").Split('\n'))
        {
            int equals = line.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0 && !line.TrimStart().StartsWith('#'))
            {
                values[line.Substring(0, equals).Trim()] = line.Substring(equals + 1).Trim();
            }
        }

        return new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new GlobalConfigOptions(values));
    }

    private static List<string> Described(ImmutableArray<Diagnostic> diagnostics) =>
        diagnostics.Where(d => RobustnessKit.AnalyzerIds.Contains(d.Id))
            .Select(RobustnessKit.Describe)
            .OrderBy(d => d, StringComparer.Ordinal)
            .ToList();

    /// <summary>A global config's options, for every file.</summary>
    private sealed class GlobalConfigOptions(Dictionary<string, string> values) : AnalyzerConfigOptionsProvider
    {
        private readonly Values _values = new(values);

        public override AnalyzerConfigOptions GlobalOptions => _values;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _values;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _values;

        private sealed class Values(Dictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);

            public override IEnumerable<string> Keys => values.Keys;
        }
    }
}
