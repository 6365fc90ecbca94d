using System.Collections.Generic;
using System.Threading.Tasks;
using System;
using PiiAnalyzers.Diagnostics;
using PiiAnalyzers.Rules;
using PiiAnalyzers.Tests.Harness;

namespace PiiAnalyzers.Tests.Configuration;

/// <summary>Shorthands of the PII900 tests: a configuration file at <c>/0/PiiAnalyzers.txt</c>, the vendor library referenced.</summary>
internal static class Pii900
{
    public const string FilePath = "/0/PiiAnalyzers.txt";

    /// <summary>PII900 on a line of a file, from one 1-based column to another.</summary>
    public static DiagnosticResult At(int line, int startColumn, int endColumn, string message, string path = FilePath) =>
        new DiagnosticResult(RuleDescriptors.InvalidConfiguration)
            .WithSpan(path, line, startColumn, line, endColumn)
            .WithArguments($"{path.Substring(path.LastIndexOf('/') + 1)} line {line}", message);

    /// <summary>PII900 on the whole of a 1-based line of <paramref name="configuration"/> (a line without indentation or comment).</summary>
    public static DiagnosticResult OnLine(string configuration, int line, string message)
    {
        string text = configuration.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n')[line - 1];
        return At(line, 1, text.Length + 1, message);
    }

    /// <summary>PII900 without location about an option: <c>Option key = 'value': why</c>.</summary>
    public static DiagnosticResult Option(string key, string value, string why) =>
        new DiagnosticResult(RuleDescriptors.InvalidConfiguration).WithNoLocation().WithArguments($"Option {key} = '{value}'", why);

    /// <summary>Runs PII900 over the configuration and compares every diagnostic.</summary>
    public static Task VerifyAsync(string configuration, params DiagnosticResult[] expected) =>
        VerifyAsync(new[] { ("PiiAnalyzers.txt", configuration) }, expected);

    /// <summary>Runs PII900 over configuration files (path, content) and compares every diagnostic.</summary>
    public static Task VerifyAsync(IEnumerable<(string Path, string Content)> files, params DiagnosticResult[] expected)
    {
        var test = new AnalyzerTest<InvalidConfigurationAnalyzer> { TestCode = "class C { }" };
        test.AdditionalFiles.AddRange(files);
        test.AdditionalReferences.Add(Vendor.Reference);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}
