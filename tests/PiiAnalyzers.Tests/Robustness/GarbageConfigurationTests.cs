using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using System;
using Microsoft.CodeAnalysis;
using PiiAnalyzers.Diagnostics;
using Xunit;

namespace PiiAnalyzers.Tests.Robustness;

/// <summary>
/// Garbage in the configuration — <c>.editorconfig</c> and <c>.globalconfig</c> values, and <c>PiiAnalyzers.txt</c> — with
/// all analyzers over the sample: diagnostics (PII900 for the configuration file), never an exception.
/// </summary>
public sealed class GarbageConfigurationTests
{
    public static TheoryData<string, string> EditorConfigs() => new()
    {
        { "unknown severities", "root = true\n[*.cs]\ndotnet_diagnostic.PII001.severity = banana\ndotnet_diagnostic.PII002.severity =\ndotnet_diagnostic.PII003.severity = error error\ndotnet_diagnostic.PII004.severity = \u0000\n" },
        { "odd keys", "root = true\n[*.cs]\ndotnet_diagnostic..severity = error\ndotnet_diagnostic.PII.severity = none\ndotnet_diagnostic.PII001 = error\ndotnet_analyzer_diagnostic.category-Privacy.severity = loud\npii_analysis_mode = ???\n=\n= = =\n" },
        { "generated code flags", "root = true\n[*.cs]\ngenerated_code = maybe\n[*]\ngenerated_code = yes please\n[**/shop/**]\ngenerated_code = 1\n[**/Customers/*.cs]\ngenerated_code =\n" },
        { "broken sections", "root = true\n[*.{cs\ndotnet_diagnostic.PII001.severity = error\n[\n]\n[[[*.cs]]]\n[*.cs\ndotnet_diagnostic.PII005.severity = silent\n[{a,b,{c,{d}}}]\nx = y\n" },
        { "a very long line", "root = true\n[*.cs]\ndotnet_diagnostic.PII001.severity = " + new string('e', 200_000) + "\n" },
        { "binary", "root = true\n" + Binary(8 * 1024, seed: 3) },
        { "unicode", "root = true\n[*.cs]\ndotnet_diagnostic.PII001.severity = \u202Eerror\u202C\ndotnet_diagnostic.PII00\u0661.severity = error\n\uFEFF[*.cs]\n\uD800 = \uDFFF\n" },
    };

    public static TheoryData<string, string> ConfigurationFiles() => new()
    {
        { "unknown declarations and ids", "bogus T:Nothing\npersonal_data\npersonal_data P:\npersonal_data P:Contoso.Shop.Customers.Customer.Email Emial\nthird_party M:(((\nconsent_check P:Contoso.Shop.Customers.Customer.Email Diagnostics\n" },
        { "binary", Binary(16 * 1024, seed: 5) },
        { "deep nesting", "redactor M:A.B(" + string.Concat(Enumerable.Repeat("A{", 50_000)) + ")\nlog_sink M:" + new string('(', 10_000) + "\n" },
        { "control characters", "personal_data\u0000P:Contoso.Shop.Customers.Customer.Phone\u0007Phone\r\rredactor\tM:\u202E\n\u2028serialization_sink M:X.Y(System.String)\u0085" },
    };

    [Theory]
    [MemberData(nameof(EditorConfigs))]
    public async Task GarbageInTheEditorConfig_GivesDiagnostics_NeverAnException(string what, string editorConfig)
    {
        var (solution, project) = RobustnessKit.Solution(RobustnessCorpus.Shop(), editorConfig: editorConfig, globalConfig: "is_global = true\n" + editorConfig);

        var outcome = await RobustnessKit.AnalyzeAsync(solution.GetProject(project)!);

        RobustnessKit.AssertNoFailures(outcome.Exceptions, $"with an .editorconfig of {what}");
        Assert.Contains(outcome.Diagnostics, d => RobustnessKit.AnalyzerIds.Contains(d.Id));
    }

    [Theory]
    [MemberData(nameof(ConfigurationFiles))]
    public async Task GarbageInPiiAnalyzersTxt_GivesPII900_NeverAnException(string what, string content)
    {
        var (solution, project) = RobustnessKit.Solution(
            RobustnessCorpus.Shop(), additionalFiles: new[] { ("PiiAnalyzers.txt", content), ("sub/piianalyzers.TXT", content) });

        var outcome = await RobustnessKit.AnalyzeAsync(solution.GetProject(project)!);

        RobustnessKit.AssertNoFailures(outcome.Exceptions, $"with a PiiAnalyzers.txt of {what}");
        Assert.Contains(outcome.Diagnostics, d => d.Id == RuleIds.InvalidConfiguration);
        Assert.Contains(outcome.Diagnostics, d => d.Id == RuleIds.PersonalDataWrittenToLog);
    }

    private static string Binary(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return Encoding.UTF8.GetString(bytes);
    }
}
