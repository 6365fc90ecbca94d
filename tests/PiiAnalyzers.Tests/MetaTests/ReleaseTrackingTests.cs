using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace PiiAnalyzers.Tests.MetaTests;

/// <summary>Every rule is in AnalyzerReleases.Shipped.md or Unshipped.md with the descriptor's category and severity.</summary>
public class ReleaseTrackingTests
{
    [Fact]
    public void EveryRule_IsTrackedWithItsCategoryAndSeverity()
    {
        var tracked = ReadReleases();
        ShippedTypes.AssertNone(ShippedTypes.Descriptors().SelectMany(d => Problems(d.Analyzer, d.Descriptor, tracked)).ToList());
    }

    [Fact]
    public void Check_FindsUntrackedAndMismatchedRules()
    {
        var tracked = new Dictionary<string, (string, string)> { ["PII998"] = ("Privacy", "Warning") };

        Assert.Single(Problems("Test", new DiagnosticDescriptor("PII997", "t", "m", "Privacy", DiagnosticSeverity.Warning, true), tracked));
        Assert.Single(Problems("Test", new DiagnosticDescriptor("PII998", "t", "m", "Privacy", DiagnosticSeverity.Info, true), tracked));
        Assert.Single(Problems("Test", new DiagnosticDescriptor("PII998", "t", "m", "Privacy", DiagnosticSeverity.Warning, false), tracked));
        Assert.Empty(Problems("Test", new DiagnosticDescriptor("PII998", "t", "m", "Privacy", DiagnosticSeverity.Warning, true), tracked));
    }

    internal static IEnumerable<string> Problems(string analyzer, DiagnosticDescriptor d, IReadOnlyDictionary<string, (string Category, string Severity)> tracked)
    {
        string severity = d.IsEnabledByDefault ? d.DefaultSeverity.ToString() : "Disabled";
        if (!tracked.TryGetValue(d.Id, out var entry))
        {
            yield return $"{d.Id} ({analyzer}): not in AnalyzerReleases.Shipped.md or AnalyzerReleases.Unshipped.md";
        }
        else if (entry.Category != d.Category || entry.Severity != severity)
        {
            yield return $"{d.Id} ({analyzer}): tracked as {entry.Category}/{entry.Severity}, the descriptor says {d.Category}/{severity}";
        }
    }

    [Fact]
    public void Parser_AppliesNewChangedAndRemovedRules()
    {
        var rules = new Dictionary<string, (string, string)>();
        Apply(rules, """
            ## Release 1.0
            ### New Rules
            Rule ID | Category | Severity | Notes
            --------|----------|----------|-------
            X1 | Privacy | Warning | a
            X2 | Privacy | Info | b
            ## Release 1.1
            ### Changed Rules
            Rule ID | New Category | New Severity | Old Category | Old Severity | Notes
            --------|--------------|--------------|--------------|--------------|-------
            X1 | Consent | Error | Privacy | Warning | c
            ### Removed Rules
            Rule ID | Category | Severity | Notes
            --------|----------|----------|-------
            X2 | Privacy | Info | d
            """);

        Assert.Equal(new Dictionary<string, (string, string)> { ["X1"] = ("Consent", "Error") }, rules);
    }

    /// <summary>The rules after the shipped releases and then the unshipped one: id → (category, severity).</summary>
    private static Dictionary<string, (string Category, string Severity)> ReadReleases()
    {
        var rules = new Dictionary<string, (string, string)>();
        foreach (string name in new[] { "AnalyzerReleases.Shipped.md", "AnalyzerReleases.Unshipped.md" })
        {
            Apply(rules, File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "ReleaseTracking", name)));
        }

        return rules;
    }

    private static void Apply(Dictionary<string, (string, string)> rules, string release)
    {
        string? section = null;
        foreach (string raw in release.Split('\n'))
        {
            string line = raw.Trim();
            if (line.StartsWith("###", StringComparison.Ordinal))
            {
                section = line.TrimStart('#').Trim();
                continue;
            }

            if (section is null || !line.Contains('|', StringComparison.Ordinal) || line.StartsWith("Rule ID", StringComparison.Ordinal) || line.StartsWith('-'))
            {
                continue;
            }

            string[] cells = line.Split('|').Select(c => c.Trim()).ToArray();
            switch (section)
            {
                case "New Rules":
                case "Changed Rules":
                    rules[cells[0]] = (cells[1], cells[2]);
                    break;
                case "Removed Rules":
                    rules.Remove(cells[0]);
                    break;
            }
        }
    }
}
