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
using PiiAnalyzers.Serialization;

namespace PiiAnalyzers.CodeFixes.Serialization;

/// <summary>
/// Hides the member a serializer writes from that serializer, at the member's declaration in source: adds
/// <c>[System.Text.Json.Serialization.JsonIgnore]</c>, <c>[Newtonsoft.Json.JsonIgnore]</c>,
/// <c>[System.Xml.Serialization.XmlIgnore]</c> or <c>[System.Runtime.Serialization.IgnoreDataMember]</c> (or, where that
/// serializer writes fields, <c>[field: NonSerialized]</c>), or removes <c>[DataMember]</c> from a data contract's member,
/// as the diagnostic says (<see cref="SerializerHiding"/>). One fix per serializer, offered only when the member is
/// declared in the solution and the result compiles. Fix All touches each member once, however many serializations
/// of it were reported, in whichever documents they are.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(HideFromSerializerCodeFixProvider))]
[Shared]
public sealed class HideFromSerializerCodeFixProvider : CodeFixProvider
{
    /// <summary>The prefix of this fix's equivalence keys; the rest names the serializer (<c>SystemTextJson</c>, …).</summary>
    public const string EquivalenceKeyPrefix = "PiiAnalyzers.HideFromSerializer:";

    private static readonly FixAllProvider FixAll = new HideAllProvider();

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.PersonalDataSerialized);

    /// <summary>The equivalence key of hiding members from one serializer, so that Fix All hides them from that one only.</summary>
    public static string EquivalenceKeyFor(string serializer) => EquivalenceKeyPrefix + serializer;

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => FixAll;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        Solution solution = context.Document.Project.Solution;
        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            if (SerializerHiding.From(diagnostic) is not { } hiding ||
                await hiding.FindDeclarationAsync(solution, context.Document.Project, context.CancellationToken).ConfigureAwait(false) is not { } member ||
                solution.GetDocument(member.Document) is not { } document)
            {
                continue;
            }

            Solution changed = await ApplyAsync(solution, new[] { (member, hiding) }, context.CancellationToken).ConfigureAwait(false);
            if (changed == solution ||
                changed.GetDocument(member.Document) is not { } after ||
                !await FixedDocument.CompilesAsWellAsync(document, after, member.Declaration, context.CancellationToken).ConfigureAwait(false))
            {
                continue;
            }

            string title = hiding.By == IgnoreByValues.Remove
                ? $"Leave '{member.DisplayName}' out of the data contract: remove [{hiding.AttributeShortName}]"
                : $"Hide '{member.DisplayName}' from {SerializerHiding.Display(hiding.Serializer)}: " +
                  (hiding.By == IgnoreByValues.AddToBackingField ? $"[field: {hiding.AttributeShortName}]" : $"[{hiding.AttributeShortName}]");
            context.RegisterCodeFix(
                CodeAction.Create(title, cancellationToken => FinishAsync(solution, changed, cancellationToken), EquivalenceKeyFor(hiding.Serializer)),
                diagnostic);
        }
    }

    /// <summary>The solution with each member's declaration changed once (the first hiding asked for it wins).</summary>
    private static async Task<Solution> ApplyAsync(Solution solution, IEnumerable<(HiddenMember Member, SerializerHiding Hiding)> edits, CancellationToken cancellationToken)
    {
        Solution changed = solution;
        foreach (var inDocument in edits.GroupBy(edit => edit.Member.Document))
        {
            Document document = solution.GetDocument(inDocument.Key)!;
            SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            SemanticModel? model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (root is null || model is null)
            {
                continue;
            }

            var byDeclaration = new Dictionary<SyntaxNode, SyntaxNode>();
            foreach ((HiddenMember member, SerializerHiding hiding) in inDocument)
            {
                if (!byDeclaration.ContainsKey(member.Declaration) && hiding.Apply(member.Declaration, model, cancellationToken) is { } replacement)
                {
                    byDeclaration.Add(member.Declaration, replacement);
                }
            }

            if (byDeclaration.Count > 0)
            {
                changed = changed.WithDocumentSyntaxRoot(document.Id, root.ReplaceNodes(byDeclaration.Keys, (original, _) => byDeclaration[original]));
            }
        }

        return changed;
    }

    /// <summary>Imports, simplified names and formatting in every document the change touched.</summary>
    private static async Task<Solution> FinishAsync(Solution before, Solution changed, CancellationToken cancellationToken)
    {
        Solution finished = changed;
        foreach (ProjectChanges project in changed.GetChanges(before).GetProjectChanges())
        {
            foreach (DocumentId id in project.GetChangedDocuments())
            {
                Document document = await SerializerHiding.FinishAsync(changed.GetDocument(id)!, cancellationToken).ConfigureAwait(false);
                finished = finished.WithDocumentSyntaxRoot(id, (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!);
            }
        }

        return finished;
    }

    /// <summary>
    /// Fix All: every diagnostic of the scope whose serializer is the equivalence key's, each member hidden once. When a
    /// document compiles worse with all its members changed, only the changes that compile by themselves are kept.
    /// </summary>
    private sealed class HideAllProvider : FixAllProvider
    {
        public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() =>
            new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution };

        public override async Task<CodeAction?> GetFixAsync(FixAllContext context)
        {
            string? key = context.CodeActionEquivalenceKey;
            if (key is null || !key.StartsWith(EquivalenceKeyPrefix, System.StringComparison.Ordinal))
            {
                return null;
            }

            string serializer = key.Substring(EquivalenceKeyPrefix.Length);
            var diagnostics = new List<Diagnostic>();
            switch (context.Scope)
            {
                case FixAllScope.Document when context.Document is { } document:
                    diagnostics.AddRange(await context.GetDocumentDiagnosticsAsync(document).ConfigureAwait(false));
                    break;
                case FixAllScope.Project:
                    diagnostics.AddRange(await context.GetAllDiagnosticsAsync(context.Project).ConfigureAwait(false));
                    break;
                case FixAllScope.Solution:
                    foreach (Project project in context.Solution.Projects)
                    {
                        diagnostics.AddRange(await context.GetAllDiagnosticsAsync(project).ConfigureAwait(false));
                    }

                    break;
            }

            var hidings = diagnostics
                .Select(diagnostic => (Diagnostic: diagnostic, Hiding: SerializerHiding.From(diagnostic)))
                .Where(found => found.Hiding?.Serializer == serializer)
                .ToList();
            return hidings.Count == 0
                ? null
                : CodeAction.Create(
                    $"Hide the personal data {SerializerHiding.Display(serializer)} writes",
                    cancellationToken => HideAllAsync(context.Solution, hidings!, cancellationToken),
                    key);
        }

        private static async Task<Solution> HideAllAsync(Solution solution, List<(Diagnostic Diagnostic, SerializerHiding Hiding)> hidings, CancellationToken cancellationToken)
        {
            var edits = new List<(HiddenMember Member, SerializerHiding Hiding)>();
            var seen = new HashSet<(DocumentId, Microsoft.CodeAnalysis.Text.TextSpan)>();
            foreach ((Diagnostic diagnostic, SerializerHiding hiding) in hidings.OrderBy(h => h.Diagnostic.Location.SourceTree?.FilePath, System.StringComparer.Ordinal).ThenBy(h => h.Diagnostic.Location.SourceSpan.Start))
            {
                if (solution.GetDocument(diagnostic.Location.SourceTree) is { } document &&
                    await hiding.FindDeclarationAsync(solution, document.Project, cancellationToken).ConfigureAwait(false) is { } member &&
                    seen.Add((member.Document, member.Declaration.Span)))
                {
                    edits.Add((member, hiding));
                }
            }

            Solution changed = await ApplyAsync(solution, edits, cancellationToken).ConfigureAwait(false);
            var kept = new List<(HiddenMember Member, SerializerHiding Hiding)>();
            bool anyWorse = false;
            foreach (var inDocument in edits.GroupBy(edit => edit.Member.Document))
            {
                Document before = solution.GetDocument(inDocument.Key)!;
                Document after = changed.GetDocument(inDocument.Key)!;
                if (await FixedDocument.ErrorCountAsync(after, span: null, cancellationToken).ConfigureAwait(false) <=
                    await FixedDocument.ErrorCountAsync(before, span: null, cancellationToken).ConfigureAwait(false))
                {
                    kept.AddRange(inDocument);
                    continue;
                }

                anyWorse = true;
                foreach (var edit in inDocument)
                {
                    Solution alone = await ApplyAsync(solution, new[] { edit }, cancellationToken).ConfigureAwait(false);
                    if (alone.GetDocument(inDocument.Key) is { } single &&
                        await FixedDocument.CompilesAsWellAsync(before, single, edit.Member.Declaration, cancellationToken).ConfigureAwait(false))
                    {
                        kept.Add(edit);
                    }
                }
            }

            if (anyWorse)
            {
                changed = await ApplyAsync(solution, kept, cancellationToken).ConfigureAwait(false);
            }

            return await FinishAsync(solution, changed, cancellationToken).ConfigureAwait(false);
        }
    }
}
