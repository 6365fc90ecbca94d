using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PiiAnalyzers.Analysis;
using PiiAnalyzers.Configuration;
using PiiAnalyzers.Consent;
using PiiAnalyzers.Sinks;

namespace PiiAnalyzers.Rules;

/// <summary>
/// PII004: personal data is put in an exception message. Sinks: the message of any exception constructed
/// (<see cref="ExceptionMessageSinkCatalog"/>). Fine when redacted, or after a consent check for the Diagnostics
/// purpose: exception messages end up where logs do.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PersonalDataInExceptionMessageAnalyzer : PersonalDataSinkAnalyzer
{
    /// <inheritdoc/>
    protected override DiagnosticDescriptor Rule => RuleDescriptors.PersonalDataInExceptionMessage;

    private protected override Purpose Purpose => Purpose.Diagnostics;

    /// <summary>
    /// None: members marked <c>[RequiresConsent(ConsentPurpose.Diagnostics)]</c> are log sinks, which PII001 reports;
    /// reporting them here too would say the same thing twice.
    /// </summary>
    private protected override bool OwnsPurpose(Purpose purpose) => false;

    private protected override SinkCatalog CreateSinkCatalog(Compilation compilation, PrivacyConfiguration configuration) =>
        new ExceptionMessageSinkCatalog(compilation);
}
