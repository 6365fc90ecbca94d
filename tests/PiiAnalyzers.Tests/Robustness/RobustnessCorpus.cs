using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PiiAnalyzers.Tests.Fixtures;
using PiiAnalyzers.Tests.Harness;

namespace PiiAnalyzers.Tests.Robustness;

/// <summary>One input of the robustness tests: the source that gets damaged, and the files compiled beside it intact.</summary>
internal sealed record CorpusSource(string Name, string Text, IReadOnlyList<(string Path, string Text)> Companions);

/// <summary>
/// The inputs of the robustness tests, read at run time so that new tests and samples join by themselves:
/// <list type="bullet">
/// <item>the C# sources of the tests: every string literal (raw, verbatim, regular, and interpolated with its holes
/// left empty) of the test files under <c>Rules/</c>, <c>Consent/</c>, <c>Flow/</c>, <c>Configuration/</c> and <c>Fixtures/</c>
/// that declares a type, with its markup taken out, compiled with the usings the tests add and, beside it, the model
/// literals of its own file (a <c>Models</c> constant) and the shop model of <see cref="DomainFixtures"/>;</item>
/// <item>the shop model of <see cref="DomainFixtures"/> itself;</item>
/// <item>every file of <c>samples/Shop</c>, damaged one at a time with the rest of the sample intact.</item>
/// </list>
/// The csproj copies the test files and the sample to <c>RobustnessCorpus/</c> in the output directory.
/// </summary>
internal static class RobustnessCorpus
{
    /// <summary>The usings the rule tests put before their sources (a few at most each; extra ones only warn).</summary>
    public const string Usings =
        "using System; using System.Collections.Generic; using System.IO; using System.Linq; using System.Net.Http; using System.Text; " +
        "using System.Threading.Tasks; using Microsoft.Extensions.Logging; using PiiAnalyzers;\n";

    private static readonly string[] Declarations = { "class ", "record ", "struct ", "interface ", "enum " };

    private static readonly Lazy<IReadOnlyList<CorpusSource>> LazyTestSources = new(ReadTestSources);

    /// <summary>The test folders whose files are read.</summary>
    public static readonly string[] TestFolders = { "Rules", "Consent", "Flow", "Configuration", "Fixtures" };

    public static IReadOnlyList<CorpusSource> TestSources => LazyTestSources.Value;

    public static IReadOnlyList<CorpusSource> Models { get; } = new[] { new CorpusSource("DomainFixtures.Shop", Usings + DomainFixtures.Shop, Array.Empty<(string, string)>()) };

    /// <summary>The sample's files, under <c>/0/shop/</c>.</summary>
    public static IReadOnlyList<(string Path, string Text)> Shop() => Folder("Shop", "/0/shop/", minimum: 5);

    /// <summary>The "valid code" project (<c>Robustness/ValidCode</c>): correct, consented and redacted code, under <c>/0/valid/</c>.</summary>
    public static IReadOnlyList<(string Path, string Text)> ValidCode() => Folder("ValidCode", "/0/valid/", minimum: 3);

    /// <summary>The generated code base of the benchmark, under <c>/0/gen/</c>.</summary>
    public static IReadOnlyList<(string Path, string Text)> Generated(int files) =>
        PiiAnalyzers.Benchmarks.CodeBaseGenerator.Generate(files).Select(f => ("/0/gen/" + f.Path, f.Text)).ToList();

    private static IReadOnlyList<(string Path, string Text)> Folder(string folder, string prefix, int minimum)
    {
        string root = RobustnessKit.OutputPath("RobustnessCorpus", folder);
        var files = Directory.Exists(root)
            ? Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
                .OrderBy(f => f, StringComparer.Ordinal)
                .Select(f => (prefix + Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllText(f)))
                .ToList()
            : new List<(string, string)>();
        if (files.Count < minimum)
        {
            throw new InvalidOperationException($"The corpus folder {folder} is missing from {root}: {files.Count} file(s).");
        }

        return files;
    }

    /// <summary>Every file of the sample as a damaged source, the others its companions.</summary>
    public static IReadOnlyList<CorpusSource> ShopSources()
    {
        var files = Shop();
        return files.Select(f => new CorpusSource(f.Path, f.Text, files.Where(o => o.Path != f.Path).ToList())).ToList();
    }

    private static IReadOnlyList<CorpusSource> ReadTestSources()
    {
        string root = RobustnessKit.OutputPath("RobustnessCorpus", "Tests");
        var files = TestFolders.SelectMany(folder => Directory.EnumerateFiles(Path.Combine(root, folder), "*.cs", SearchOption.AllDirectories))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();
        if (files.Count < 20)
        {
            throw new InvalidOperationException($"The test sources are missing from {root}: {files.Count} file(s).");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var sources = new List<CorpusSource>();
        var shopModels = ("/0/DomainFixtures.cs", Usings + DomainFixtures.Shop);
        foreach (string file in files)
        {
            var root2 = CSharpSyntaxTree.ParseText(File.ReadAllText(file), RobustnessKit.ParseOptions).GetRoot();
            var literals = Literals(root2).ToList();
            var models = root2.DescendantNodes().OfType<VariableDeclaratorSyntax>()
                .Where(v => v.Identifier.ValueText.Contains("Models", StringComparison.Ordinal) && v.Initializer?.Value is { } value && value.IsKind(SyntaxKind.StringLiteralExpression))
                .Select(v => Unmarked(((LiteralExpressionSyntax)v.Initializer!.Value).Token.ValueText))
                .ToList();
            string name = Path.GetRelativePath(root, file).Replace('\\', '/');
            int index = 0;
            foreach (string literal in literals)
            {
                string text = Unmarked(literal);
                if (!Declarations.Any(d => text.Contains(d, StringComparison.Ordinal)) || models.Contains(text) || !seen.Add(text))
                {
                    continue;
                }

                var companions = new List<(string, string)>();
                companions.AddRange(models.Select((m, i) => ($"/0/Models{i}.cs", Usings + m)));
                bool usesShop = text.Contains("Shop", StringComparison.Ordinal) && !text.Contains("namespace Shop", StringComparison.Ordinal);
                if (usesShop)
                {
                    companions.Add(shopModels);
                }

                string usings = Usings + (usesShop ? "using Shop;\n" : "");
                sources.Add(new CorpusSource($"{name}#{index++}", usings + text, companions));
            }
        }

        return sources;
    }

    /// <summary>The text of each string literal of a file; an interpolated string with its holes left out.</summary>
    private static IEnumerable<string> Literals(SyntaxNode root)
    {
        foreach (SyntaxNode node in root.DescendantNodes())
        {
            if (node is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression))
            {
                yield return literal.Token.ValueText;
            }
            else if (node is InterpolatedStringExpressionSyntax interpolated)
            {
                var text = new StringBuilder();
                foreach (InterpolatedStringContentSyntax content in interpolated.Contents)
                {
                    text.Append(content is InterpolatedStringTextSyntax part ? part.TextToken.ValueText : "/*hole*/");
                }

                yield return text.ToString();
            }
        }
    }

    /// <summary>The source with the test markup taken out; as it is when it has none, or markup-like text that is not markup.</summary>
    private static string Unmarked(string source)
    {
        try
        {
            return MarkupParser.Parse("/0/Test0.cs", source).Text;
        }
        catch (Exception)
        {
            return source;
        }
    }
}
