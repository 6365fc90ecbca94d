using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using PiiAnalyzers.CodeFixes.Editing;
using PiiAnalyzers.Diagnostics;

namespace PiiAnalyzers.CodeFixes.Redaction;

/// <summary>
/// Redacts the personal data a diagnostic points at: wraps the expression in the project's own
/// <c>[Redactor]</c> method, or in <c>PiiAnalyzers.Redact.Mask</c>. Offered only when the result compiles.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RedactPersonalDataCodeFixProvider))]
[Shared]
public sealed class RedactPersonalDataCodeFixProvider : CodeFixProvider
{
    /// <summary>The prefix of this fix's equivalence keys; the rest names the redactor (type and method).</summary>
    public const string EquivalenceKeyPrefix = "PiiAnalyzers.Redact:";

    /// <summary>
    /// The equivalence key of redacting with a method: one per method group, so that Fix All with
    /// <c>Redact.Mask</c> redacts texts and other values alike.
    /// </summary>
    public static string EquivalenceKeyFor(IMethodSymbol redactor) =>
        EquivalenceKeyPrefix + redactor.ContainingType.ToDisplayString() + "." + redactor.Name;

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(RuleIds.PersonalDataWrittenToLog, RuleIds.PersonalDataSerialized, RuleIds.PersonalDataSharedWithThirdParty, RuleIds.PersonalDataInExceptionMessage);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

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
            // Only an expression that is a value (not a name in an attribute, a type, a declaration) can be wrapped.
            if (RedactedExpression(root, diagnostic) is not { } value ||
                model.GetOperation(value, context.CancellationToken) is null ||
                model.GetTypeInfo(value, context.CancellationToken).Type is not { TypeKind: not TypeKind.Error } valueType)
            {
                continue;
            }

            diagnostic.Properties.TryGetValue(DiagnosticPropertyNames.Kind, out string? kind);
            foreach (IMethodSymbol redactor in RedactorCandidates.For(model, value.SpanStart, valueType, kind))
            {
                Document redacted = await RedactAsync(context.Document, root, value, redactor, context.CancellationToken).ConfigureAwait(false);
                if (!await FixedDocument.CompilesAsWellAsync(context.Document, redacted, value, context.CancellationToken).ConfigureAwait(false))
                {
                    continue;
                }

                string title = $"Redact with '{redactor.ContainingType.Name}.{redactor.Name}'";
                context.RegisterCodeFix(
                    CodeAction.Create(title, cancellationToken => FixedDocument.FinishAsync(redacted, cancellationToken), EquivalenceKeyFor(redactor)),
                    diagnostic);
            }
        }
    }

    /// <summary>The expression the diagnostic points at.</summary>
    private static ExpressionSyntax? RedactedExpression(SyntaxNode root, Diagnostic diagnostic)
    {
        SyntaxNode node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
        while (node is not ExpressionSyntax && node.Parent is { } parent && parent.Span == node.Span)
        {
            node = parent;
        }

        return node switch
        {
            ArgumentSyntax argument when argument.RefKindKeyword.IsKind(SyntaxKind.None) => argument.Expression,
            ExpressionSyntax expression when expression.Span == diagnostic.Location.SourceSpan => expression,
            _ => null,
        };
    }

    private static Task<Document> RedactAsync(Document document, SyntaxNode root, ExpressionSyntax value, IMethodSymbol redactor, CancellationToken cancellationToken)
    {
        _ = cancellationToken;
        ExpressionSyntax type = SyntaxFactory.ParseTypeName(redactor.ContainingType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat))
            .WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);
        InvocationExpressionSyntax call = SyntaxFactory.InvocationExpression(
                SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, type, SyntaxFactory.IdentifierName(redactor.Name)),
                SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(value.WithoutTrivia()))))
            .WithTriviaFrom(value)
            .WithAdditionalAnnotations(Formatter.Annotation);
        return Task.FromResult(document.WithSyntaxRoot(root.ReplaceNode(value, call)));
    }
}
