using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PiiAnalyzers.Analysis;

namespace PiiAnalyzers.Rules;

/// <summary>
/// PII001–PII004 in one pass, as the package runs them: one operation action per call for the four rules' sinks, one
/// screening per method, and one flow analysis per method that serves every rule whose sinks may receive personal data.
/// Each rule is declared in its own file (<see cref="PersonalDataWrittenToLogAnalyzer"/>, …); each diagnostic keeps its
/// rule's id, severity and help link.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PersonalDataFlowAnalyzer : PersonalDataSinkAnalyzer
{
    /// <summary>Creates the analyzer of the four sink rules.</summary>
    public PersonalDataFlowAnalyzer()
        : base(
            PersonalDataWrittenToLogAnalyzer.Rule,
            PersonalDataSerializedAnalyzer.Rule,
            PersonalDataSharedWithThirdPartyAnalyzer.Rule,
            PersonalDataInExceptionMessageAnalyzer.Rule)
    {
    }
}
