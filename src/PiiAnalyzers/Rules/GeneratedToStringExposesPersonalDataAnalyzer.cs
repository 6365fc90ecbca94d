using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using PiiAnalyzers.Analysis;
using PiiAnalyzers.Diagnostics;
using PiiAnalyzers.Model;
using PiiAnalyzers.Serialization;

namespace PiiAnalyzers.Rules;

/// <summary>
/// PII005: a record's compiler-generated <c>ToString</c> prints personal data. Reported once per record (class or
/// struct) declared in source whose <c>ToString</c> and <c>PrintMembers</c> are the compiler's, at its name, when
/// one of its own printed members (<see cref="RecordPrinting.PrintedMembers"/>) shows personal data when printed:
/// a marked member, or a member whose type is marked or prints personal data itself (another such record, a tuple
/// of them), as PII001 renders it. Members inherited from a base record are the base's to report. Data that is personal
/// only by inference is not reported here: the sink rules report it where the record is logged, serialized or shared.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class GeneratedToStringExposesPersonalDataAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(RuleDescriptors.GeneratedToStringExposesPersonalData);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        if (PrivacyModel.For(context.Compilation, context.Options, context.CancellationToken) is not { OnlySources: false } model)
        {
            return; // a record prints what is marked, and nothing is
        }

        context.RegisterSymbolAction(symbol => AnalyzeRecord(symbol, model), SymbolKind.NamedType);
    }

    private static void AnalyzeRecord(SymbolAnalysisContext context, PrivacyModel model)
    {
        if (context.Symbol is not INamedTypeSymbol { IsRecord: true } record ||
            record.DeclaringSyntaxReferences.IsEmpty ||
            !RecordPrinting.UsesGeneratedPrintMembers(record))
        {
            return;
        }

        ISymbol? first = null;
        PersonalDataOrigin? shown = null;
        var members = new List<string>();
        foreach (ISymbol member in RecordPrinting.PrintedMembers(record))
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            // Data that is personal only by inference is reported where the record is rendered, by the sink rule there:
            // most records of a code base (view models, commands) are never printed.
            if (Shows(model, record, member) is { Inferred: false } origin)
            {
                first ??= member;
                shown ??= origin;
                members.Add(member.Name);
            }
        }

        if (first is null || shown is null)
        {
            return;
        }

        ImmutableDictionary<string, string?> properties = ImmutableDictionary<string, string?>.Empty
            .Add(DiagnosticPropertyNames.Kind, shown.Kind)
            .Add(DiagnosticPropertyNames.Members, string.Join(DiagnosticPropertyNames.MemberSeparator.ToString(), members));
        context.ReportDiagnostic(Diagnostic.Create(
            RuleDescriptors.GeneratedToStringExposesPersonalData,
            LocationOf(record, first, context.CancellationToken),
            properties,
            record.Name,
            shown.DataName,
            shown.Kind));
    }

    /// <summary>
    /// The personal data printing the member shows, named by its path from the record (<c>Order.Buyer.Email</c>),
    /// or <see langword="null"/>.
    /// </summary>
    private static PersonalDataOrigin? Shows(PrivacyModel model, INamedTypeSymbol record, ISymbol member)
    {
        PersonalDataCatalog catalog = model.Catalog;
        if (catalog.IsDeclaredNotPersonal(member))
        {
            return null;
        }

        string path = record.Name + "." + member.Name;
        if (catalog.MarkedMember(member) is { } marked)
        {
            return marked.Named(path);
        }

        // The generated PrintMembers appends the member's value, which prints its ToString: a marked type, a
        // record that prints personal data, a tuple holding either.
        if (model.Rendering.WhenPrinted(RecordPrinting.TypeOf(member), elementwise: false) is not { } nested)
        {
            return null;
        }

        int dot = nested.DataName.IndexOf('.');
        return nested.Named(dot < 0 ? path : path + nested.DataName.Substring(dot));
    }

    /// <summary>The name of the record in the declaration that declares the member (a partial record has several).</summary>
    private static Location LocationOf(INamedTypeSymbol record, ISymbol member, CancellationToken cancellationToken)
    {
        foreach (Location location in member.Locations)
        {
            foreach (SyntaxReference reference in record.DeclaringSyntaxReferences)
            {
                if (reference.SyntaxTree == location.SourceTree && reference.Span.Contains(location.SourceSpan) &&
                    reference.GetSyntax(cancellationToken) is BaseTypeDeclarationSyntax declaration)
                {
                    return declaration.Identifier.GetLocation();
                }
            }
        }

        return record.Locations[0];
    }
}
