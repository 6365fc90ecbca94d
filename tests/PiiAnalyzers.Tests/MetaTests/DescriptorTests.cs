using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System;
using Microsoft.CodeAnalysis;
using PiiAnalyzers.Diagnostics;
using Xunit;

namespace PiiAnalyzers.Tests.MetaTests;

/// <summary>Every descriptor is complete, in a known category, with its help link and rule page; the registry is exact.</summary>
public class DescriptorTests
{
    [Fact]
    public void ThereAreAnalyzers() => Assert.NotEmpty(ShippedTypes.AnalyzerTypes);

    [Fact]
    public void Descriptors_HaveTitleMessageCategoryAndHelpLink() =>
        ShippedTypes.AssertNone(ShippedTypes.Descriptors().SelectMany(d => Problems(d.Analyzer, d.Descriptor)).ToList());

    [Fact]
    public void Check_FindsIncompleteDescriptor()
    {
        var bad = new DiagnosticDescriptor("PII999", " ", "", "Nowhere", DiagnosticSeverity.Warning, true, helpLinkUri: "https://example.com");

        Assert.Equal(4, Problems("Test", bad).Count());
    }

    internal static IEnumerable<string> Problems(string analyzer, DiagnosticDescriptor d)
    {
        string where = $"{analyzer} {d.Id}";
        if (string.IsNullOrWhiteSpace(d.Title.ToString(CultureInfo.InvariantCulture)))
        {
            yield return $"{where}: empty title";
        }

        if (string.IsNullOrWhiteSpace(d.MessageFormat.ToString(CultureInfo.InvariantCulture)))
        {
            yield return $"{where}: empty message format";
        }

        if (!RuleCategories.All.Contains(d.Category))
        {
            yield return $"{where}: category '{d.Category}' is not one of RuleCategories.All ({string.Join(", ", RuleCategories.All)})";
        }

        if (d.HelpLinkUri != RuleDescriptors.HelpLink(d.Id))
        {
            yield return $"{where}: helpLinkUri '{d.HelpLinkUri}' is not '{RuleDescriptors.HelpLink(d.Id)}'";
        }
    }

    [Fact]
    public void Descriptors_HaveRulePages()
    {
        string pages = Path.Combine(AppContext.BaseDirectory, "RulePages");
        var missing = ShippedTypes.DiagnosticIds().Order(StringComparer.Ordinal)
            .Where(id => !File.Exists(Path.Combine(pages, id + ".md")))
            .Select(id => $"{id}: no rule page docs/rules/{id}.md")
            .ToList();
        ShippedTypes.AssertNone(missing);
    }

    [Fact]
    public void RuleDescriptorsAll_IsExactlyTheAnalyzersDescriptors()
    {
        var fromAnalyzers = ShippedTypes.Descriptors().Select(d => d.Descriptor).Distinct().ToList();
        var registry = RuleDescriptors.All.ToList();
        var problems = fromAnalyzers.Except(registry).Select(d => $"{d.Id}: supported by an analyzer, missing from RuleDescriptors.All")
            .Concat(registry.Except(fromAnalyzers).Select(d => $"{d.Id}: in RuleDescriptors.All, supported by no analyzer"))
            .Concat(registry.GroupBy(d => d.Id).Where(g => g.Count() > 1).Select(g => $"{g.Key}: more than one descriptor in RuleDescriptors.All"))
            .ToList();
        ShippedTypes.AssertNone(problems);
    }
}
