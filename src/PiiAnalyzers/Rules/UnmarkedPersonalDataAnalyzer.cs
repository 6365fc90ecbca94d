using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PiiAnalyzers.Configuration;
using PiiAnalyzers.Diagnostics;
using PiiAnalyzers.Model;

namespace PiiAnalyzers.Rules;

/// <summary>
/// PII006: a field, property, record positional parameter or method parameter is named like personal data
/// (<see cref="PersonalDataVocabulary"/>) or carries a DataAnnotations hint (<c>[EmailAddress]</c>), but nothing marks
/// it, so the analyzers do not follow it. A suggestion by default, to find the unannotated members of a code base;
/// reported at the identifier, with the suggested kind in the diagnostic's properties for the fixes. Only types the
/// project shows (public or internal) are looked at; see <see cref="UnmarkedPersonalDataFinder"/> for what is left
/// out. Registers nothing in a compilation without <c>PiiAnalyzers.PersonalDataAttribute</c>: the fix could not
/// add it, and a project without the package has not asked.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnmarkedPersonalDataAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(RuleDescriptors.UnmarkedPersonalData);

    private static readonly ImmutableDictionary<string, ImmutableDictionary<string, string?>> SuggestedKinds =
        PrivacyAttributeNames.PersonalDataKinds.ToImmutableDictionary(
            kind => kind,
            kind => ImmutableDictionary<string, string?>.Empty.Add(DiagnosticPropertyNames.SuggestedKind, kind));

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        ProjectPrivacy project = ProjectPrivacy.For(context.Compilation, context.Options, context.CancellationToken);
        if (project.Attributes.OwnPersonalData.IsEmpty)
        {
            return; // without the package's attribute nothing can be marked
        }

        // A project that has not started (no marker within reach, nothing configured, inference off) is not told about
        // every member that looks like personal data, nor pays for it: a visible attribute type is not a use. Scanning
        // with inference mode, a first marker, or raising this rule to a warning or an error starts it.
        if (!project.MarkersInReach && !RuleSeverity.IsRaised(context.Compilation, RuleIds.UnmarkedPersonalData, context.CancellationToken))
        {
            return;
        }

        UnmarkedPersonalDataFinder finder = project.Catalog.UnmarkedData;
        context.RegisterSymbolAction(
            symbol =>
            {
                if (finder.Find(symbol.Symbol, symbol.CancellationToken) is { } found)
                {
                    symbol.ReportDiagnostic(Diagnostic.Create(
                        RuleDescriptors.UnmarkedPersonalData,
                        found.Location,
                        PropertiesFor(found.Kind),
                        found.Name,
                        found.Kind,
                        found.Word));
                }
            },
            SymbolKind.Field,
            SymbolKind.Property,
            SymbolKind.Parameter);
    }

    /// <summary>The properties of a diagnostic that suggests the kind: one dictionary per kind, for the fixes.</summary>
    private static ImmutableDictionary<string, string?> PropertiesFor(string kind) =>
        SuggestedKinds.TryGetValue(kind, out ImmutableDictionary<string, string?>? properties)
            ? properties
            : ImmutableDictionary<string, string?>.Empty.Add(DiagnosticPropertyNames.SuggestedKind, kind);
}
