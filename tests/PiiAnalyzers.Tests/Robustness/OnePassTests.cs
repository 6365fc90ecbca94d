using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using System;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis;
using PiiAnalyzers.Rules;
using Xunit.Abstractions;
using Xunit;

namespace PiiAnalyzers.Tests.Robustness;

/// <summary>
/// The package runs PII001–PII004 in one pass (<see cref="PersonalDataFlowAnalyzer"/>), the rule tests run each rule
/// alone: over the sample and the generated code base, the pass reports exactly what the four rules report alone.
/// </summary>
public sealed class OnePassTests
{
    private readonly ITestOutputHelper _output;

    public OnePassTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public async Task TheOnePass_ReportsWhatEachRuleReportsAlone()
    {
        var compilation = RobustnessKit.Compile(RobustnessCorpus.Generated(40).Concat(RobustnessCorpus.Shop()));

        var together = await RobustnessKit.AnalyzeAsync(compilation, analyzers: ImmutableArray.Create<DiagnosticAnalyzer>(new PersonalDataFlowAnalyzer()));
        RobustnessKit.AssertNoFailures(together.Exceptions, "in the one pass");
        var alone = new List<string>();
        foreach (DiagnosticAnalyzer rule in new DiagnosticAnalyzer[]
        {
            new PersonalDataWrittenToLogAnalyzer(), new PersonalDataSerializedAnalyzer(),
            new PersonalDataSharedWithThirdPartyAnalyzer(), new PersonalDataInExceptionMessageAnalyzer(),
        })
        {
            var outcome = await RobustnessKit.AnalyzeAsync(compilation, analyzers: ImmutableArray.Create(rule));
            RobustnessKit.AssertNoFailures(outcome.Exceptions, $"in {rule.GetType().Name} alone");
            alone.AddRange(Described(outcome.Diagnostics));
        }

        var inPass = Described(together.Diagnostics);
        alone.Sort(StringComparer.Ordinal);
        Assert.True(inPass.Count > 100, $"only {inPass.Count} diagnostics: the input does not exercise the rules");
        Assert.True(inPass.SequenceEqual(alone),
            $"the pass reports {inPass.Count}, the rules alone {alone.Count}; only in the pass: {string.Join("; ", inPass.Except(alone).Take(3))}; " +
            $"only alone: {string.Join("; ", alone.Except(inPass).Take(3))}");
        _output.WriteLine($"{inPass.Count} diagnostics, the same in one pass and alone");
    }

    private static List<string> Described(ImmutableArray<Diagnostic> diagnostics) =>
        diagnostics.Where(d => d.Id is "PII001" or "PII002" or "PII003" or "PII004")
            .Select(d => RobustnessKit.Describe(d) + " " + string.Join(",", d.Properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value)))
            .OrderBy(d => d, StringComparer.Ordinal)
            .ToList();
}
