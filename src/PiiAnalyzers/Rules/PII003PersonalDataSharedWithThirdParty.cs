using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PiiAnalyzers.Analysis;
using PiiAnalyzers.Configuration;
using PiiAnalyzers.Consent;
using PiiAnalyzers.Sinks;

namespace PiiAnalyzers.Rules;

/// <summary>
/// PII003: personal data is shared with a third party without consent. Sinks: <c>[ThirdParty]</c> recipients,
/// recipients declared in <c>PiiAnalyzers.txt</c>, and <c>HttpClient</c> requests (<see cref="ThirdPartySinkCatalog"/>),
/// each needing consent for its purpose (<c>ThirdPartySharing</c> unless the recipient names another), and members
/// marked <c>[RequiresConsent]</c> for a purpose no other rule owns.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PersonalDataSharedWithThirdPartyAnalyzer : PersonalDataSinkAnalyzer
{
    /// <inheritdoc/>
    protected override DiagnosticDescriptor Rule => RuleDescriptors.PersonalDataSharedWithThirdParty;

    private protected override Purpose Purpose => Purpose.ThirdPartySharing;

    /// <summary>Every purpose but those of logs (PII001) and serialized transfer (PII002).</summary>
    private protected override bool OwnsPurpose(Purpose purpose) => purpose is not (Purpose.Diagnostics or Purpose.Transfer);

    private protected override SinkCatalog CreateSinkCatalog(Compilation compilation, PrivacyConfiguration configuration) =>
        new ThirdPartySinkCatalog(compilation, configuration);
}
