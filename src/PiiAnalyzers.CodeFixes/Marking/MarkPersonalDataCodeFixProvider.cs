using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using PiiAnalyzers.CodeFixes.Editing;
using PiiAnalyzers.Diagnostics;

namespace PiiAnalyzers.CodeFixes.Marking;

/// <summary>
/// Marks what PII006 reports: <c>[PersonalData(PersonalDataKind.X)]</c> with the kind the name suggests, or
/// <c>[NotPersonalData("…")]</c> with a reason for the developer to write (<see cref="ReasonToWrite"/>). The attribute
/// goes on the property, the field, or the parameter (a record's positional parameter included, where the analyzers
/// read it), with <c>using PiiAnalyzers;</c>. Each is offered only when the result compiles as well as the code did
/// (the project has the attribute, and the enum has the kind). Fix All marks every member once, each with its own kind.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MarkPersonalDataCodeFixProvider))]
[Shared]
public sealed class MarkPersonalDataCodeFixProvider : CodeFixProvider
{
    /// <summary>The equivalence key of marking <c>[PersonalData(kind)]</c>: one for every kind, so Fix All marks each member with its own.</summary>
    public const string MarkPersonalDataKey = "PiiAnalyzers.MarkPersonalData";

    /// <summary>The equivalence key of marking <c>[NotPersonalData("…")]</c>.</summary>
    public const string MarkNotPersonalDataKey = "PiiAnalyzers.MarkNotPersonalData";

    /// <summary>
    /// The reason <c>[NotPersonalData]</c> is written with: a placeholder that says what to write, easy to find
    /// (<c>TODO:</c>) and plainly not a reason, so a reviewer sees the decision has not been explained yet.
    /// </summary>
    public const string ReasonToWrite = "TODO: say why this is not personal data";

    private static readonly FixAllProvider FixAll = FixAllProvider.Create(FixAllInDocumentAsync);

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.UnmarkedPersonalData);

    /// <summary>
    /// Fix All marks each reported declaration once, in one edit per document, so that two variables of one field
    /// declaration or two parameters of one record each get their own attribute.
    /// </summary>
    public override FixAllProvider GetFixAllProvider() => FixAll;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            if (MarkerEdit.TargetAt(root, diagnostic.Location) is not { } target)
            {
                continue;
            }

            if (KindOf(diagnostic) is { } kind)
            {
                await OfferAsync(context, diagnostic, root, target, Mark.PersonalData(kind), $"Mark as personal data: [PersonalData(PersonalDataKind.{kind})]", MarkPersonalDataKey).ConfigureAwait(false);
            }

            await OfferAsync(context, diagnostic, root, target, Mark.NotPersonalData(ReasonToWrite), "Mark as not personal data: [NotPersonalData(\"…\")]", MarkNotPersonalDataKey).ConfigureAwait(false);
        }
    }

    private static async Task OfferAsync(CodeFixContext context, Diagnostic diagnostic, SyntaxNode root, SyntaxNode target, Mark mark, string title, string key)
    {
        var marks = new Dictionary<SyntaxNode, Mark> { [target] = mark };
        Document marked = context.Document.WithSyntaxRoot(MarkerEdit.Apply(root, marks, import: false));
        if (await CompilesAsWellAsync(context.Document, root, marked, target, context.CancellationToken).ConfigureAwait(false))
        {
            context.RegisterCodeFix(
                CodeAction.Create(title, cancellationToken => FinishAsync(context.Document, root, marks, cancellationToken), key),
                diagnostic);
        }
    }

    /// <summary>
    /// The document with the marks, <c>using PiiAnalyzers;</c> added and the names simplified, formatted. Where the import
    /// would make the document compile worse (an imported <c>Microsoft.AspNetCore.Identity</c>, whose
    /// <c>[PersonalData]</c> it would make ambiguous), the attributes stay qualified (<c>[PiiAnalyzers.PersonalData(…)]</c>).
    /// </summary>
    private static async Task<Document> FinishAsync(Document document, SyntaxNode root, IReadOnlyDictionary<SyntaxNode, Mark> marks, CancellationToken cancellationToken)
    {
        Document imported = await FixedDocument.FinishAsync(document.WithSyntaxRoot(MarkerEdit.Apply(root, marks, import: true)), cancellationToken).ConfigureAwait(false);
        if (await FixedDocument.ErrorCountAsync(imported, span: null, cancellationToken).ConfigureAwait(false) <=
            await FixedDocument.ErrorCountAsync(document, span: null, cancellationToken).ConfigureAwait(false))
        {
            return imported;
        }

        return await FixedDocument.FinishAsync(document.WithSyntaxRoot(MarkerEdit.Apply(root, marks, import: false)), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Whether the marked document compiles as well as the document did: the member's errors, or, where the document
    /// does not even parse, all of its errors (an attribute written into broken syntax can move errors elsewhere).
    /// </summary>
    private static async Task<bool> CompilesAsWellAsync(Document document, SyntaxNode root, Document marked, SyntaxNode target, CancellationToken cancellationToken) =>
        root.ContainsDiagnostics
            ? await FixedDocument.ErrorCountAsync(marked, span: null, cancellationToken).ConfigureAwait(false) <=
                await FixedDocument.ErrorCountAsync(document, span: null, cancellationToken).ConfigureAwait(false)
            : await FixedDocument.CompilesAsWellAsync(document, marked, target, cancellationToken).ConfigureAwait(false);

    /// <summary>The kind the analyzer suggests, a member name of <c>PersonalDataKind</c>.</summary>
    private static string? KindOf(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(DiagnosticPropertyNames.SuggestedKind, out string? kind) && !string.IsNullOrEmpty(kind) && kind!.All(char.IsLetter)
            ? kind
            : null;

    /// <summary>
    /// Fix All in one document: every reported declaration marked as the equivalence key says, each with its own kind.
    /// When the whole result compiles worse than the document did, only the declarations whose mark compiles by itself
    /// are marked.
    /// </summary>
    private static async Task<Document?> FixAllInDocumentAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics)
    {
        CancellationToken cancellationToken = context.CancellationToken;
        SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || context.CodeActionEquivalenceKey is not (MarkPersonalDataKey or MarkNotPersonalDataKey))
        {
            return document;
        }

        var marks = new Dictionary<SyntaxNode, Mark>();
        foreach (Diagnostic diagnostic in diagnostics)
        {
            if (MarkerEdit.TargetAt(root, diagnostic.Location) is not { } target || marks.ContainsKey(target))
            {
                continue;
            }

            if (context.CodeActionEquivalenceKey == MarkNotPersonalDataKey)
            {
                marks[target] = Mark.NotPersonalData(ReasonToWrite);
            }
            else if (KindOf(diagnostic) is { } kind)
            {
                marks[target] = Mark.PersonalData(kind);
            }
        }

        if (marks.Count == 0)
        {
            return document;
        }

        (marks, _) = await FixedDocument.KeepEditsThatCompileAsync(
            document,
            marks,
            kept => document.WithSyntaxRoot(MarkerEdit.Apply(root, kept, import: false)),
            (alone, target) => CompilesAsWellAsync(document, root, alone, target, cancellationToken),
            cancellationToken).ConfigureAwait(false);

        return await FinishAsync(document, root, marks, cancellationToken).ConfigureAwait(false);
    }
}
