using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace PiiAnalyzers.Tests.MetaTests;

/// <summary>
/// The analyzer assembly's namespaces are layers (docs/architecture.md): each folder's files use only the layers below it,
/// by <c>using</c> directives or qualified names, so the dependency direction is visible from the folders.
/// </summary>
public class LayerTests
{
    /// <summary>Bottom first. Sinks and Flow are side by side: neither uses the other.</summary>
    private static readonly string[][] Layers =
    {
        new[] { "Diagnostics" },
        new[] { "Configuration" },
        new[] { "Sources" },
        new[] { "Model" },
        new[] { "Serialization" },
        new[] { "Sinks", "Flow" },
        new[] { "Analysis" },
        new[] { "Rules" },
    };

    [Fact]
    public void EveryFolderUsesOnlyTheLayersBelowIt()
    {
        string root = Path.Combine(AppContext.BaseDirectory, "AnalyzerSources");
        var levels = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int level = 0; level < Layers.Length; level++)
        {
            foreach (string name in Layers[level])
            {
                levels[name] = level;
            }
        }

        var violations = new List<string>();
        Assert.True(Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories).Count() > 50, "the analyzer's sources are copied next to the tests");
        var reference = new Regex(@"(?:using\s+|\b)PiiAnalyzers\.(\w+)(?:;|\.)");
        foreach (string file in Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories))
        {
            string folder = Path.GetRelativePath(root, file).Split(Path.DirectorySeparatorChar)[0];
            Assert.True(levels.ContainsKey(folder), $"{folder} is no layer of docs/architecture.md");
            foreach (Match match in reference.Matches(File.ReadAllText(file)))
            {
                string used = match.Groups[1].Value;
                if (levels.TryGetValue(used, out int usedLevel) && used != folder && usedLevel >= levels[folder])
                {
                    violations.Add($"{Path.GetRelativePath(root, file)} uses {used}");
                }
            }
        }

        Assert.Empty(violations.Distinct());
    }
}
