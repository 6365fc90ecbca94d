using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System;
using Microsoft.CodeAnalysis;
using PiiAnalyzers.Diagnostics;
using Xunit;

namespace PiiAnalyzers.Tests.MetaTests;

/// <summary>
/// The README's rule table and every rule page agree with the descriptors (id, title, category, severity), and
/// neither names a rule that does not exist: the documentation cannot drift from the code.
/// </summary>
public class DocumentationTests
{
    private static readonly string RulePages = Path.Combine(AppContext.BaseDirectory, "RulePages");

    public static TheoryData<string> RuleIdsOfThePackage()
    {
        var ids = new TheoryData<string>();
        foreach (DiagnosticDescriptor descriptor in RuleDescriptors.All)
        {
            ids.Add(descriptor.Id);
        }

        return ids;
    }

    [Theory]
    [MemberData(nameof(RuleIdsOfThePackage))]
    public void ReadmeRuleTableHasTheRule(string id)
    {
        DiagnosticDescriptor descriptor = RuleDescriptors.All.Single(d => d.Id == id);
        Match row = Regex.Match(
            File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Docs", "README.md")),
            $@"^\| \[{id}\]\(docs/rules/{id}\.md\) \| (?<title>[^|]+) \| (?<severity>\w+) \|",
            RegexOptions.Multiline);

        Assert.True(row.Success, $"README.md has no rule-table row for {id}");
        Assert.Equal(Plain(descriptor.Title.ToString()), Plain(row.Groups["title"].Value));
        Assert.Equal(SeverityWord(descriptor.DefaultSeverity), row.Groups["severity"].Value);
    }

    [Fact]
    public void ReadmeRuleTableNamesOnlyRulesThatExist()
    {
        string readme = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Docs", "README.md"));
        var ids = Regex.Matches(readme, @"^\| \[(PII\d{3})\]\(docs/rules/", RegexOptions.Multiline).Select(m => m.Groups[1].Value);
        Assert.All(ids, id => Assert.Contains(RuleDescriptors.All, d => d.Id == id));
    }

    [Theory]
    [MemberData(nameof(RuleIdsOfThePackage))]
    public void RulePageHeaderMatchesTheDescriptor(string id)
    {
        DiagnosticDescriptor descriptor = RuleDescriptors.All.Single(d => d.Id == id);
        string page = File.ReadAllText(Path.Combine(RulePages, id + ".md"));

        Assert.Equal($"# {id}: {Plain(descriptor.Title.ToString())}", Plain(page.Split('\n')[0].TrimEnd('\r')));
        Assert.Contains($"| **Category** | {descriptor.Category} |", page, StringComparison.Ordinal);
        Assert.Contains($"| **Default severity** | {Capitalized(SeverityWord(descriptor.DefaultSeverity))} |", page, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryRulePageBelongsToARule()
    {
        var pages = Directory.GetFiles(RulePages, "*.md").Select(Path.GetFileNameWithoutExtension);
        Assert.All(pages, page => Assert.Contains(RuleDescriptors.All, d => d.Id == page));
    }

    /// <summary>Titles as prose: code spans (<c>`ToString`</c>) read as their text.</summary>
    private static string Plain(string text) => text.Replace("`", string.Empty, StringComparison.Ordinal).Trim();

    /// <summary>The word the docs use for a default severity (as in <c>.editorconfig</c>).</summary>
    private static string SeverityWord(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "suggestion",
        _ => "silent",
    };

    private static string Capitalized(string word) => char.ToUpperInvariant(word[0]) + word.Substring(1);
}
