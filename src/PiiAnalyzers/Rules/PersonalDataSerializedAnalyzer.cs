using PiiAnalyzers.Analysis;
using PiiAnalyzers.Configuration;
using PiiAnalyzers.Diagnostics;
using PiiAnalyzers.Sinks;

namespace PiiAnalyzers.Rules;

/// <summary>
/// PII002: personal data is serialized. Sinks: System.Text.Json, Newtonsoft.Json, XmlSerializer, the data-contract
/// serializers and the methods declared <c>serialization_sink</c> (<see cref="SerializationSinkCatalog"/>), each
/// writing an object's members by its own rules, so that a member is left out only by the ignore attribute of the
/// serializer in use. Fine when redacted; consent for the Transfer purpose is the flow engine's to decide.
/// <para>
/// The package runs this rule with the other sink rules in one pass (<see cref="PersonalDataFlowAnalyzer"/>); this analyzer
/// runs it alone, for tests and for a host that wants only this rule.
/// </para>
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage(
    "MicrosoftCodeAnalysisCorrectness",
    "RS1001:Missing diagnostic analyzer attribute",
    Justification = "The package's hosts load PersonalDataFlowAnalyzer, which runs this rule with the other sink rules in one pass.")]
public sealed class PersonalDataSerializedAnalyzer : PersonalDataSinkAnalyzer
{
    internal static readonly SinkRule Rule = new(
        RuleDescriptors.PersonalDataSerialized,
        Purpose.Transfer,
        (compilation, model) => new SerializationSinkCatalog(
            compilation,
            model.Configuration,
            new PayloadDepartures(
                model.Configuration,
                () => model.SinkCatalog(PersonalDataWrittenToLogAnalyzer.Rule, compilation),
                () => model.SinkCatalog(PersonalDataSharedWithThirdPartyAnalyzer.Rule, compilation)).Leaves));

    /// <summary>Creates the analyzer of this rule alone.</summary>
    public PersonalDataSerializedAnalyzer()
        : base(Rule)
    {
    }
}
