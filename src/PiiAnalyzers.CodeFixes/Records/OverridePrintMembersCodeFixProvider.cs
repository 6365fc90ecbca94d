using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PiiAnalyzers.CodeFixes.Editing;
using PiiAnalyzers.Diagnostics;

namespace PiiAnalyzers.CodeFixes.Records;

/// <summary>
/// PII005: declares the record's <c>PrintMembers</c>, printing what the compiler's would but the members that show
/// personal data (see <see cref="PrintMembersWriter"/>). Offered only when the result compiles as well as the code
/// did; Fix All adds one method to each record.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(OverridePrintMembersCodeFixProvider))]
[Shared]
public sealed class OverridePrintMembersCodeFixProvider : CodeFixProvider
{
    /// <summary>The equivalence key of the fix: one for every record, so that Fix All fixes them all.</summary>
    public const string EquivalenceKey = "PiiAnalyzers.PrintMembers";

    private static readonly FixAllProvider FixAll = FixAllProvider.Create(FixAllInDocumentAsync);

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.GeneratedToStringExposesPersonalData);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => FixAll;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        SemanticModel? model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }

        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            if (Fix(root, model, diagnostic, context.CancellationToken) is not { } fix)
            {
                continue;
            }

            Document changed = Apply(context.Document, root, new Dictionary<RecordDeclarationSyntax, MethodDeclarationSyntax> { [fix.Declaration] = fix.Method });
            if (!await FixedDocument.CompilesAsWellAsync(context.Document, changed, fix.Declaration, context.CancellationToken).ConfigureAwait(false))
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Override PrintMembers to leave out {string.Join(", ", fix.LeftOut)}",
                    cancellationToken => FixedDocument.FinishAsync(changed, cancellationToken),
                    EquivalenceKey),
                diagnostic);
        }
    }

    /// <summary>The record a diagnostic is at, and its <c>PrintMembers</c> without the members the diagnostic names.</summary>
    private static (RecordDeclarationSyntax Declaration, MethodDeclarationSyntax Method, string[] LeftOut)? Fix(
        SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        if (!diagnostic.Location.IsInSource || diagnostic.Location.SourceTree != root.SyntaxTree ||
            !root.FullSpan.Contains(diagnostic.Location.SourceSpan) ||
            !diagnostic.Properties.TryGetValue(DiagnosticPropertyNames.Members, out string? names) || string.IsNullOrEmpty(names))
        {
            return null;
        }

        string[] leftOut = names!.Split(DiagnosticPropertyNames.MemberSeparator);
        if (root.FindToken(diagnostic.Location.SourceSpan.Start).Parent is not RecordDeclarationSyntax declaration ||
            declaration.Identifier.Span != diagnostic.Location.SourceSpan ||
            model.GetDeclaredSymbol(declaration, cancellationToken) is not INamedTypeSymbol { IsRecord: true } record ||
            PrintMembersWriter.Write(record, leftOut, FixedDocument.LineBreakOf(root.SyntaxTree.GetText())) is not { } method)
        {
            return null;
        }

        return (declaration, method, leftOut);
    }

    /// <summary>
    /// Fix All in one document: a <c>PrintMembers</c> for each record with a diagnostic. When the whole result
    /// compiles worse than the document did, only the records whose fix compiles by itself are fixed.
    /// </summary>
    private static async Task<Document?> FixAllInDocumentAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics)
    {
        CancellationToken cancellationToken = context.CancellationToken;
        SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        SemanticModel? model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (context.CodeActionEquivalenceKey != EquivalenceKey || root is null || model is null)
        {
            return document;
        }

        var methods = new Dictionary<RecordDeclarationSyntax, MethodDeclarationSyntax>();
        foreach (Diagnostic diagnostic in diagnostics)
        {
            if (Fix(root, model, diagnostic, cancellationToken) is { } fix)
            {
                methods[fix.Declaration] = fix.Method;
            }
        }

        if (methods.Count == 0)
        {
            return document;
        }

        (_, Document changed) = await FixedDocument.KeepEditsThatCompileAsync(
            document,
            methods,
            kept => Apply(document, root, kept),
            (alone, declaration) => FixedDocument.CompilesAsWellAsync(document, alone, declaration, cancellationToken),
            cancellationToken).ConfigureAwait(false);
        return await FixedDocument.FinishAsync(changed, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The document with each record given its method (records nested in fixed records too).</summary>
    private static Document Apply(Document document, SyntaxNode root, IReadOnlyDictionary<RecordDeclarationSyntax, MethodDeclarationSyntax> methods) =>
        document.WithSyntaxRoot(root.ReplaceNodes(
            methods.Keys,
            (original, current) => PrintMembersWriter.AddTo(current, methods[original], FixedDocument.LineBreakOf(root.SyntaxTree.GetText()))));
}
