using PiiAnalyzers.Analysis;
using PiiAnalyzers.Configuration;
using PiiAnalyzers.Diagnostics;
using PiiAnalyzers.Sinks;

namespace PiiAnalyzers.Rules;

/// <summary>
/// PII004: personal data is put in an exception message. Sinks: the message of any exception constructed
/// (<see cref="ExceptionMessageSinkCatalog"/>). Fine when redacted, or after a consent check for the Diagnostics
/// purpose: exception messages end up where logs do.
/// <para>
/// The package runs this rule with the other sink rules in one pass (<see cref="PersonalDataFlowAnalyzer"/>); this analyzer
/// runs it alone, for tests and for a host that wants only this rule.
/// </para>
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage(
    "MicrosoftCodeAnalysisCorrectness",
    "RS1001:Missing diagnostic analyzer attribute",
    Justification = "The package's hosts load PersonalDataFlowAnalyzer, which runs this rule with the other sink rules in one pass.")]
public sealed class PersonalDataInExceptionMessageAnalyzer : PersonalDataSinkAnalyzer
{
    internal static readonly SinkRule Rule = new(
        RuleDescriptors.PersonalDataInExceptionMessage,
        Purpose.Diagnostics,
        (compilation, _) => new ExceptionMessageSinkCatalog(compilation),
        // None: members marked [RequiresConsent(ConsentPurpose.Diagnostics)] are log sinks, which PII001 reports;
        // reporting them here too would say the same thing twice.
        _ => false);

    /// <summary>Creates the analyzer of this rule alone.</summary>
    public PersonalDataInExceptionMessageAnalyzer()
        : base(Rule)
    {
    }
}
