using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PiiAnalyzers.Configuration;
using PiiAnalyzers.Diagnostics;
using PiiAnalyzers.Model;

namespace PiiAnalyzers.Rules;

/// <summary>
/// PII008: a privacy attribute that cannot mean what it says, which the other rules would silently ignore or
/// misread: a <c>[ConsentCheck]</c> that answers neither by a <c>bool</c> nor by returning, that has no purpose
/// or two; a <c>[Redactor]</c> that takes or returns nothing; <c>[PersonalData]</c> next to
/// <c>[NotPersonalData]</c>; a consent check that <c>[RequiresConsent]</c> for what it checks. Reported at the
/// attribute. Only attributes written on the declaration count: what a member inherits was reported where it is
/// written.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PrivacyAttributeMisuseAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(RuleDescriptors.PrivacyAttributeMisused);

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
        PrivacyAttributeTypes attributes = project.Attributes;
        if (attributes.IsEmpty || !MarkerReach.InSource(context.Compilation, MarkerReach.Words.Attributes, context.CancellationToken))
        {
            return; // no privacy attribute is written in the project's files: none can be misused
        }

        var consentChecks = new ConsentCheckMisuse(attributes, project.Consent);
        context.RegisterSymbolAction(
            symbol =>
            {
                if (IsPartialImplementation(symbol.Symbol))
                {
                    return; // its attributes are the definition's, reported there
                }

                var misuse = new Reporter(symbol);
                consentChecks.Analyze(symbol.Symbol, misuse);
                if (symbol.Symbol is IMethodSymbol method)
                {
                    AnalyzeRedactor(method, attributes, misuse);
                }
                else
                {
                    AnalyzeContradiction(symbol.Symbol, attributes, misuse);
                }
            },
            SymbolKind.Method,
            SymbolKind.Property,
            SymbolKind.Field,
            SymbolKind.Parameter,
            SymbolKind.NamedType);
    }

    /// <summary>The implementation part of a partial method, or one of its parameters: the attributes of both parts are merged.</summary>
    private static bool IsPartialImplementation(ISymbol symbol) =>
        symbol is IMethodSymbol { PartialDefinitionPart: not null } or IParameterSymbol { ContainingSymbol: IMethodSymbol { PartialDefinitionPart: not null } };

    /// <summary>
    /// <c>[Redactor]</c> on a method that returns nothing (<c>void</c>, <c>Task</c>) or takes nothing: no call of it
    /// turns personal data into something that may be shown.
    /// </summary>
    private static void AnalyzeRedactor(IMethodSymbol method, PrivacyAttributeTypes attributes, Reporter misuse)
    {
        if (attributes.Redactor.IsEmpty || method.MethodKind is not (MethodKind.Ordinary or MethodKind.ExplicitInterfaceImplementation))
        {
            return;
        }

        if ((DeclaredShapes.ReturnsNothing(method) || method.Parameters.IsEmpty) && PrivacyAttributeTypes.Find(method, attributes.Redactor) is { } redactor)
        {
            misuse.Report(redactor, method, "is ignored: a redactor takes the personal data and returns what may be shown instead");
        }
    }

    /// <summary>
    /// <c>[PersonalData]</c> (or a foreign marker) next to <c>[NotPersonalData]</c>: the analyzers believe the
    /// latter, so the data is not followed anywhere.
    /// </summary>
    private static void AnalyzeContradiction(ISymbol symbol, PrivacyAttributeTypes attributes, Reporter misuse)
    {
        if (attributes.NotPersonalData.IsEmpty || symbol is INamedTypeSymbol { TypeKind: not (TypeKind.Class or TypeKind.Struct) } ||
            PrivacyAttributeTypes.Find(symbol, attributes.NotPersonalData) is null)
        {
            return;
        }

        foreach (AttributeData attribute in symbol.GetAttributes())
        {
            if (attributes.IsPersonalDataMarker(attribute.AttributeClass))
            {
                string same = symbol switch
                {
                    INamedTypeSymbol => "type",
                    IParameterSymbol => "parameter",
                    _ => "member",
                };
                misuse.Report(attribute, symbol, "contradicts [NotPersonalData] on the same " + same);
                return;
            }
        }
    }

    /// <summary>Reports the misuse of one attribute, at the attribute.</summary>
    internal readonly struct Reporter
    {
        private readonly SymbolAnalysisContext _context;

        public Reporter(SymbolAnalysisContext context)
        {
            _context = context;
        }

        /// <summary>PII008 at <paramref name="attribute"/>: <c>[Name] on 'Type.Member' explanation</c>.</summary>
        public void Report(AttributeData attribute, ISymbol symbol, string explanation)
        {
            Location location = attribute.ApplicationSyntaxReference is { } reference
                ? reference.GetSyntax(_context.CancellationToken).GetLocation()
                : symbol.Locations.IsEmpty ? Location.None : symbol.Locations[0];
            _context.ReportDiagnostic(Diagnostic.Create(
                RuleDescriptors.PrivacyAttributeMisused,
                location,
                PrivacyAttributeTypes.ShortName(attribute.AttributeClass),
                NameOf(symbol),
                explanation));
        }

        /// <summary>
        /// How the message names what carries the attribute: <c>Consents.Check</c>, <c>Customer</c>,
        /// <c>Mailer.Send(email)</c> for a parameter, <c>Consents.HasMarketing</c> for an accessor.
        /// </summary>
        private static string NameOf(ISymbol symbol) => symbol switch
        {
            INamedTypeSymbol type => type.Name,
            IParameterSymbol { ContainingSymbol: IMethodSymbol { MethodKind: MethodKind.Constructor } constructor } parameter =>
                constructor.ContainingType.Name + "(" + parameter.Name + ")",
            IParameterSymbol { ContainingSymbol: IPropertySymbol indexer } parameter => indexer.ContainingType.Name + ".this[" + parameter.Name + "]",
            IParameterSymbol { ContainingSymbol: { } owner } parameter => NameOf(owner) + "(" + parameter.Name + ")",
            IMethodSymbol { AssociatedSymbol: { } property } => NameOf(property),
            IPropertySymbol { IsIndexer: true } indexer => indexer.ContainingType.Name + ".this[]",
            IMethodSymbol { ExplicitInterfaceImplementations: { IsEmpty: false } implemented } method => method.ContainingType.Name + "." + implemented[0].Name,
            IPropertySymbol { ExplicitInterfaceImplementations: { IsEmpty: false } implemented } property => property.ContainingType.Name + "." + implemented[0].Name,
            _ when symbol.ContainingType is { } container => container.Name + "." + symbol.Name,
            _ => symbol.Name,
        };
    }
}
