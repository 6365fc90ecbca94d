using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System;
using Microsoft.CodeAnalysis;
using PiiAnalyzers.Diagnostics;
using Xunit;

namespace PiiAnalyzers.Tests.MetaTests;

/// <summary>
/// The PiiAnalysisMode presets shipped in the package (build/config/*.globalconfig) name every rule, at the
/// mode's severity, below every configuration of the user's own.
/// </summary>
public class PresetTests
{
    public static TheoryData<string> Modes => new() { "Default", "Strict", "None" };

    [Theory]
    [MemberData(nameof(Modes))]
    public void PresetNamesEveryRuleAtTheModesSeverity(string mode)
    {
        Dictionary<string, string> severities = Read(mode, out string text);

        Assert.Contains("is_global = true", text, StringComparison.Ordinal);
        Assert.Contains("global_level = -100", text, StringComparison.Ordinal);
        Assert.Equal(RuleDescriptors.All.Select(d => d.Id).OrderBy(id => id), severities.Keys.OrderBy(id => id));
        foreach (DiagnosticDescriptor descriptor in RuleDescriptors.All)
        {
            string expected = mode switch
            {
                "Strict" => "error",
                "None" => "none",
                _ => descriptor.DefaultSeverity switch
                {
                    DiagnosticSeverity.Error => "error",
                    DiagnosticSeverity.Warning => "warning",
                    DiagnosticSeverity.Info => "suggestion",
                    _ => "silent",
                },
            };
            Assert.Equal(expected, severities[descriptor.Id]);
        }
    }

    private static Dictionary<string, string> Read(string mode, out string text)
    {
        text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Presets", $"PiiAnalyzers.{mode}.globalconfig"));
        return Regex.Matches(text, @"^dotnet_diagnostic\.(PII\d{3})\.severity = (\w+)$", RegexOptions.Multiline)
            .ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
    }
}
