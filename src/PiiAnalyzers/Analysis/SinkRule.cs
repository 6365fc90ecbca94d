using System;
using Microsoft.CodeAnalysis;
using PiiAnalyzers.Configuration;
using PiiAnalyzers.Sinks;

namespace PiiAnalyzers.Analysis;

/// <summary>
/// What one rule that follows personal data to a sink is: its descriptor, the consent purpose its sinks need unless a
/// sink names its own, the purposes of <c>[RequiresConsent]</c> members whose calls are its sinks, and its sink catalog.
/// Each rule file declares its own; <c>Rules.PersonalDataFlowAnalyzer</c> runs them all in one pass.
/// </summary>
internal sealed class SinkRule
{
    private readonly Func<Compilation, PrivacyModel, SinkCatalog> _createCatalog;
    private readonly Func<Purpose, bool> _ownsPurpose;

    /// <param name="descriptor">The rule's descriptor.</param>
    /// <param name="purpose">The consent purpose that makes the rule's sinks acceptable.</param>
    /// <param name="createCatalog">The rule's sinks in one compilation, from its model (its configuration, the other rules' catalogs).</param>
    /// <param name="ownsPurpose">
    /// Whether calls to a <c>[RequiresConsent(purpose)]</c> member are the rule's sinks; by default, for its own purpose only.
    /// </param>
    public SinkRule(
        DiagnosticDescriptor descriptor, Purpose purpose, Func<Compilation, PrivacyModel, SinkCatalog> createCatalog, Func<Purpose, bool>? ownsPurpose = null)
    {
        Descriptor = descriptor;
        Purpose = purpose;
        _createCatalog = createCatalog;
        _ownsPurpose = ownsPurpose ?? (p => p == purpose);
    }

    public DiagnosticDescriptor Descriptor { get; }

    /// <summary>The consent purpose that makes the rule's sinks acceptable, unless a sink names its own.</summary>
    public Purpose Purpose { get; }

    /// <summary>
    /// Whether calls to a <c>[RequiresConsent(purpose)]</c> member are this rule's sinks: every rule owns its own purpose;
    /// the third-party rule owns the purposes no other rule does.
    /// </summary>
    public bool OwnsPurpose(Purpose purpose) => _ownsPurpose(purpose);

    public SinkCatalog CreateCatalog(Compilation compilation, PrivacyModel model) => _createCatalog(compilation, model);
}
