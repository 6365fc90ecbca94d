using PiiAnalyzers.Analysis;
using PiiAnalyzers.Configuration;
using PiiAnalyzers.Diagnostics;
using PiiAnalyzers.Sinks;

namespace PiiAnalyzers.Rules;

/// <summary>
/// PII001: personal data is written to a log. Sinks: Microsoft.Extensions.Logging, Serilog, NLog, Console,
/// Debug/Trace and Activity tags (<see cref="LogSinkCatalog"/>). Fine when redacted; consent for the
/// Diagnostics purpose is the flow engine's to decide.
/// <para>
/// The package runs this rule with the other sink rules in one pass (<see cref="PersonalDataFlowAnalyzer"/>); this analyzer
/// runs it alone, for tests and for a host that wants only this rule.
/// </para>
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage(
    "MicrosoftCodeAnalysisCorrectness",
    "RS1001:Missing diagnostic analyzer attribute",
    Justification = "The package's hosts load PersonalDataFlowAnalyzer, which runs this rule with the other sink rules in one pass.")]
public sealed class PersonalDataWrittenToLogAnalyzer : PersonalDataSinkAnalyzer
{
    internal static readonly SinkRule Rule = new(
        RuleDescriptors.PersonalDataWrittenToLog,
        Purpose.Diagnostics,
        (compilation, model) => new LogSinkCatalog(compilation, model.Configuration));

    /// <summary>Creates the analyzer of this rule alone.</summary>
    public PersonalDataWrittenToLogAnalyzer()
        : base(Rule)
    {
    }
}
