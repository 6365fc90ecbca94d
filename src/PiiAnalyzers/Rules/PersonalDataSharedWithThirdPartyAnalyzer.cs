using PiiAnalyzers.Analysis;
using PiiAnalyzers.Configuration;
using PiiAnalyzers.Diagnostics;
using PiiAnalyzers.Sinks;

namespace PiiAnalyzers.Rules;

/// <summary>
/// PII003: personal data is shared with a third party without consent. Sinks: <c>[ThirdParty]</c> recipients,
/// recipients declared in <c>PiiAnalyzers.txt</c>, and <c>HttpClient</c> requests (<see cref="ThirdPartySinkCatalog"/>),
/// each needing consent for its purpose (<c>ThirdPartySharing</c> unless the recipient names another), and members
/// marked <c>[RequiresConsent]</c> for a purpose no other rule owns.
/// <para>
/// The package runs this rule with the other sink rules in one pass (<see cref="PersonalDataFlowAnalyzer"/>); this analyzer
/// runs it alone, for tests and for a host that wants only this rule.
/// </para>
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage(
    "MicrosoftCodeAnalysisCorrectness",
    "RS1001:Missing diagnostic analyzer attribute",
    Justification = "The package's hosts load PersonalDataFlowAnalyzer, which runs this rule with the other sink rules in one pass.")]
public sealed class PersonalDataSharedWithThirdPartyAnalyzer : PersonalDataSinkAnalyzer
{
    internal static readonly SinkRule Rule = new(
        RuleDescriptors.PersonalDataSharedWithThirdParty,
        Purpose.ThirdPartySharing,
        (compilation, model) => new ThirdPartySinkCatalog(compilation, model.Configuration, model.Project.RecipientsInReach),
        // Every purpose but those of logs (PII001) and serialized transfer (PII002).
        purpose => purpose is not (Purpose.Diagnostics or Purpose.Transfer));

    /// <summary>Creates the analyzer of this rule alone.</summary>
    public PersonalDataSharedWithThirdPartyAnalyzer()
        : base(Rule)
    {
    }
}
