using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using PiiAnalyzers.CodeFixes.Editing;
using PiiAnalyzers.Diagnostics;

namespace PiiAnalyzers.CodeFixes.Consent;

/// <summary>
/// Wraps the statement that sends personal data to a sink in a consent check for the sink's purpose:
/// <c>if (_consents.HasConsent(customer, ConsentPurpose.Diagnostics)) { logger.LogInformation(…); }</c>. The check
/// is a <c>[ConsentCheck]</c> member the code at the statement can reach (see <see cref="ConsentCheckCandidates"/>);
/// up to three are offered, best first, each only when the result compiles as well as the code did.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(WrapInConsentCheckCodeFixProvider))]
[Shared]
public sealed class WrapInConsentCheckCodeFixProvider : CodeFixProvider
{
    /// <summary>The prefix of this fix's equivalence keys; the rest is the check's documentation comment id.</summary>
    public const string EquivalenceKeyPrefix = "PiiAnalyzers.ConsentCheck:";

    /// <summary>How many checks are offered for one diagnostic.</summary>
    public const int MaxOffered = 3;

    /// <summary>How many candidates are tried (each costs a compilation of the member) to find <see cref="MaxOffered"/>.</summary>
    private const int MaxTried = 6;

    private static readonly FixAllProvider FixAll = FixAllProvider.Create(FixAllInDocumentAsync);

    /// <summary>The equivalence key of wrapping in a check: one per check, so Fix All uses the same check everywhere.</summary>
    public static string EquivalenceKeyFor(ISymbol check) =>
        EquivalenceKeyPrefix + (check.OriginalDefinition.GetDocumentationCommentId() ?? check.OriginalDefinition.ToDisplayString());

    /// <summary>
    /// The sink rules. Nothing here is specific to logs: every sink rule puts the purpose its sink needs in
    /// <c>DiagnosticPropertyNames.Purpose</c>, so a sink rule is fixed by listing its id here. PII004 (exception
    /// messages) is deliberately not: its sink is mostly a <c>throw</c>, which is not an expression statement, and
    /// where it is one (<c>errors.Add(new Exception(…))</c>) putting it under a consent check would decide whether
    /// the error is raised at all, not what its message says. Redaction is its fix.
    /// </summary>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(RuleIds.PersonalDataWrittenToLog, RuleIds.PersonalDataSerialized, RuleIds.PersonalDataSharedWithThirdParty);

    /// <summary>
    /// Fix All wraps each statement once, however many diagnostics it has (two personal-data arguments of one log
    /// call), which the batch fixer's overlapping edits cannot do.
    /// </summary>
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
            if (PurposeOf(diagnostic) is not { } purpose ||
                ConsentWrapping.TargetAt(root, diagnostic.Location.SourceSpan, model, context.CancellationToken) is not { } target)
            {
                continue;
            }

            int offered = 0, tried = 0;
            SyntaxNode code = ConsentWrapping.ScopeOf(target);
            foreach (ConsentCheckCandidate candidate in ConsentCheckCandidates.For(model, context.Document.Project.AnalyzerOptions, code, purpose, new[] { diagnostic.Location.SourceSpan }, context.CancellationToken))
            {
                if (offered == MaxOffered || tried++ == MaxTried)
                {
                    break;
                }

                Document wrapped = Apply(context.Document, root, new Dictionary<SyntaxNode, ExpressionSyntax> { [target] = candidate.Condition });
                if (!await FixedDocument.CompilesAsWellAsync(context.Document, wrapped, target, context.CancellationToken).ConfigureAwait(false))
                {
                    continue;
                }

                offered++;
                context.RegisterCodeFix(
                    CodeAction.Create($"Only with consent: if ({candidate.Display})", cancellationToken => FixedDocument.FinishAsync(wrapped, cancellationToken), candidate.EquivalenceKey),
                    diagnostic);
            }
        }
    }

    /// <summary>The purpose the sink needs, from the diagnostic (an enum member name of <c>PiiAnalyzers.ConsentPurpose</c>).</summary>
    private static string? PurposeOf(Diagnostic diagnostic) =>
        diagnostic.Location.IsInSource && diagnostic.Properties.TryGetValue(DiagnosticPropertyNames.Purpose, out string? purpose) && !string.IsNullOrEmpty(purpose)
            ? purpose
            : null;

    /// <summary>
    /// Fix All in one document: the diagnostics grouped by statement (or expression body), each wrapped once in the
    /// check of the equivalence key (where the code there reaches it with the purpose of its first diagnostic). When
    /// the whole result compiles worse than the document did, only the statements whose wrapping compiles by itself
    /// are wrapped.
    /// </summary>
    private static async Task<Document?> FixAllInDocumentAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics)
    {
        string? key = context.CodeActionEquivalenceKey;
        CancellationToken cancellationToken = context.CancellationToken;
        SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        SemanticModel? model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (key is null || !key.StartsWith(EquivalenceKeyPrefix, System.StringComparison.Ordinal) || root is null || model is null)
        {
            return document;
        }

        var byTarget = new Dictionary<SyntaxNode, List<(TextSpan Span, string Purpose)>>();
        foreach (Diagnostic diagnostic in diagnostics.OrderBy(d => d.Location.SourceSpan.Start))
        {
            if (diagnostic.Location.SourceTree == root.SyntaxTree &&
                PurposeOf(diagnostic) is { } purpose &&
                ConsentWrapping.TargetAt(root, diagnostic.Location.SourceSpan, model, cancellationToken) is { } target)
            {
                if (!byTarget.TryGetValue(target, out var found))
                {
                    byTarget[target] = found = new List<(TextSpan, string)>();
                }

                found.Add((diagnostic.Location.SourceSpan, purpose));
            }
        }

        var wraps = new Dictionary<SyntaxNode, ExpressionSyntax>();
        foreach (var pair in byTarget)
        {
            string purpose = pair.Value[0].Purpose;
            TextSpan[] spans = pair.Value.Where(d => d.Purpose == purpose).Select(d => d.Span).ToArray();
            if (ConsentCheckCandidates.For(model, document.Project.AnalyzerOptions, ConsentWrapping.ScopeOf(pair.Key), purpose, spans, cancellationToken).FirstOrDefault(c => c.EquivalenceKey == key) is { } candidate)
            {
                wraps[pair.Key] = candidate.Condition;
            }
        }

        if (wraps.Count == 0)
        {
            return document;
        }

        (_, Document changed) = await FixedDocument.KeepEditsThatCompileAsync(
            document,
            wraps,
            kept => Apply(document, root, kept),
            (alone, target) => FixedDocument.CompilesAsWellAsync(document, alone, target, cancellationToken),
            cancellationToken).ConfigureAwait(false);
        return await FixedDocument.FinishAsync(changed, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The document with each target wrapped in its condition (nested targets inside wrapped ones too).</summary>
    private static Document Apply(Document document, SyntaxNode root, IReadOnlyDictionary<SyntaxNode, ExpressionSyntax> wraps) =>
        document.WithSyntaxRoot(root.ReplaceNodes(wraps.Keys, (original, current) => ConsentWrapping.Wrap(original, current, wraps[original])));
}
