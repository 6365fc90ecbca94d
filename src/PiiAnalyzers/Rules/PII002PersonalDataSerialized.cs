using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PiiAnalyzers.Analysis;
using PiiAnalyzers.Configuration;
using PiiAnalyzers.Consent;
using PiiAnalyzers.Sinks;

namespace PiiAnalyzers.Rules;

/// <summary>
/// PII002: personal data is serialized. Sinks: System.Text.Json, Newtonsoft.Json, XmlSerializer, the data-contract
/// serializers and the methods declared <c>serialization_sink</c> (<see cref="SerializationSinkCatalog"/>), each
/// writing an object's members by its own rules, so that a member is left out only by the ignore attribute of the
/// serializer in use. Fine when redacted; consent for the Transfer purpose is the flow engine's to decide.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PersonalDataSerializedAnalyzer : PersonalDataSinkAnalyzer
{
    /// <inheritdoc/>
    protected override DiagnosticDescriptor Rule => RuleDescriptors.PersonalDataSerialized;

    private protected override Purpose Purpose => Purpose.Transfer;

    private protected override SinkCatalog CreateSinkCatalog(Compilation compilation, PrivacyConfiguration configuration) =>
        new SerializationSinkCatalog(compilation, configuration);
}
