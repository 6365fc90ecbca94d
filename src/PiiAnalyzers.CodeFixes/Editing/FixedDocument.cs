using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Options;
using Microsoft.CodeAnalysis.Simplification;
using Microsoft.CodeAnalysis.Text;

namespace PiiAnalyzers.CodeFixes.Editing;

/// <summary>
/// What every fix of the package does with the document it changed: checks that the change compiles as well as
/// the code did before (a fix is offered only then), and finishes it (imports, simplified names, formatting).
/// </summary>
internal static class FixedDocument
{
    /// <summary>Whether the member that holds <paramref name="changed"/> has no more errors after the change than before.</summary>
    public static async Task<bool> CompilesAsWellAsync(Document before, Document after, SyntaxNode changed, CancellationToken cancellationToken)
    {
        MemberDeclarationSyntax? member = changed.FirstAncestorOrSelf<MemberDeclarationSyntax>();
        SyntaxNode? newRoot = await after.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (member is null || newRoot is null)
        {
            return false;
        }

        SyntaxNode? changedMember = newRoot.FindToken(member.SpanStart).Parent?.FirstAncestorOrSelf<MemberDeclarationSyntax>(m => m.SpanStart == member.SpanStart);
        if (changedMember is null)
        {
            return false;
        }

        return await ErrorCountAsync(after, changedMember.Span, cancellationToken).ConfigureAwait(false) <=
            await ErrorCountAsync(before, member.Span, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Fix All in one document: the edits that go in together. All of them when the result has no more errors than the
    /// document had; otherwise only those that compile as well by themselves (<paramref name="compilesAsWellAlone"/>, given
    /// the document with that edit alone). Returns them with the document <paramref name="apply"/> makes of them.
    /// </summary>
    public static async Task<(Dictionary<TNode, TEdit> Kept, Document Changed)> KeepEditsThatCompileAsync<TNode, TEdit>(
        Document document,
        Dictionary<TNode, TEdit> edits,
        Func<IReadOnlyDictionary<TNode, TEdit>, Document> apply,
        Func<Document, TNode, Task<bool>> compilesAsWellAlone,
        CancellationToken cancellationToken)
        where TNode : SyntaxNode
    {
        Document changed = apply(edits);
        if (await ErrorCountAsync(changed, span: null, cancellationToken).ConfigureAwait(false) <=
            await ErrorCountAsync(document, span: null, cancellationToken).ConfigureAwait(false))
        {
            return (edits, changed);
        }

        var compiling = new Dictionary<TNode, TEdit>();
        foreach (var edit in edits)
        {
            if (await compilesAsWellAlone(apply(new Dictionary<TNode, TEdit> { [edit.Key] = edit.Value }), edit.Key).ConfigureAwait(false))
            {
                compiling.Add(edit.Key, edit.Value);
            }
        }

        return (compiling, apply(compiling));
    }

    /// <summary>The compiler errors in a span of the document (the whole document when <see langword="null"/>).</summary>
    public static async Task<int> ErrorCountAsync(Document document, TextSpan? span, CancellationToken cancellationToken)
    {
        SemanticModel? model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        return model is null ? int.MaxValue : model.GetDiagnostics(span, cancellationToken).Count(d => d.Severity == DiagnosticSeverity.Error);
    }

    /// <summary>
    /// Adds the imports the change asked for, simplifies the names it wrote in full, and formats it, with the line
    /// break the document already uses (the formatter's default is the host's, which would mix CRLF and LF lines).
    /// </summary>
    public static async Task<Document> FinishAsync(Document changed, CancellationToken cancellationToken)
    {
        Document withImports = await ImportAdder.AddImportsAsync(changed, Simplifier.AddImportsAnnotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        Document simplified = await Simplifier.ReduceAsync(withImports, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        SourceText text = await simplified.GetTextAsync(cancellationToken).ConfigureAwait(false);
        OptionSet options = (await simplified.GetOptionsAsync(cancellationToken).ConfigureAwait(false))
            .WithChangedOption(FormattingOptions.NewLine, LanguageNames.CSharp, LineBreakOf(text));
        return await Formatter.FormatAsync(simplified, Formatter.Annotation, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The line break a text uses (that of its first line), <c>\n</c> for a one-line text.</summary>
    public static string LineBreakOf(SourceText text) =>
        text.Lines.Count > 1 ? text.ToString(TextSpan.FromBounds(text.Lines[0].End, text.Lines[0].EndIncludingLineBreak)) : "\n";
}
