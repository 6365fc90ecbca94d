using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PiiAnalyzers.Analysis;
using PiiAnalyzers.Configuration;
using PiiAnalyzers.Consent;
using PiiAnalyzers.Sinks;

namespace PiiAnalyzers.Rules;

/// <summary>
/// PII001: personal data is written to a log. Sinks: Microsoft.Extensions.Logging, Serilog, NLog, Console,
/// Debug/Trace and Activity tags (<see cref="LogSinkCatalog"/>). Fine when redacted; consent for the
/// Diagnostics purpose is the flow engine's to decide.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PersonalDataWrittenToLogAnalyzer : PersonalDataSinkAnalyzer
{
    /// <inheritdoc/>
    protected override DiagnosticDescriptor Rule => RuleDescriptors.PersonalDataWrittenToLog;

    private protected override Purpose Purpose => Purpose.Diagnostics;

    private protected override SinkCatalog CreateSinkCatalog(Compilation compilation, PrivacyConfiguration configuration) =>
        new LogSinkCatalog(compilation, configuration);
}
