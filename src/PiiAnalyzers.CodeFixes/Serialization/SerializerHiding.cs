using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.FindSymbols;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using Microsoft.CodeAnalysis.Text;
using PiiAnalyzers.CodeFixes.Editing;
using PiiAnalyzers.Diagnostics;
using PiiAnalyzers.Serialization;

namespace PiiAnalyzers.CodeFixes.Serialization;

/// <summary>
/// What a PII002 diagnostic says about hiding the member its serializer writes: the serializer, the member's
/// documentation-comment id, and the attribute to add (<c>[JsonIgnore]</c>, <c>[field: NonSerialized]</c>) or to
/// remove (<c>[DataMember]</c>), as the analyzer decided by the serializer's own rules.
/// </summary>
internal sealed class SerializerHiding
{
    /// <summary>
    /// The kind of the annotations on the attribute names written: one annotation per name, so that its namespace is
    /// imported on its own, and only when that does not make another name of the document ambiguous.
    /// </summary>
    public const string ImportAnnotationKind = "PiiAnalyzers.HideFromSerializer.Import";

    private SerializerHiding(string serializer, string memberId, string attribute, string by)
    {
        Serializer = serializer;
        MemberId = memberId;
        Attribute = attribute;
        By = by;
    }

    /// <summary>The serializer as the diagnostic names it (<see cref="SerializerNames.PropertyValue"/>).</summary>
    public string Serializer { get; }

    public string MemberId { get; }

    /// <summary>The attribute's metadata name, e.g. <c>System.Text.Json.Serialization.JsonIgnoreAttribute</c>.</summary>
    public string Attribute { get; }

    /// <summary>One of <see cref="IgnoreByValues"/>.</summary>
    public string By { get; }

    /// <summary>The attribute as written: <c>JsonIgnore</c>.</summary>
    public string AttributeShortName
    {
        get
        {
            const string Suffix = "Attribute";
            string name = Attribute.Substring(Attribute.LastIndexOf('.') + 1);
            return name.EndsWith(Suffix, StringComparison.Ordinal) && name.Length > Suffix.Length ? name.Substring(0, name.Length - Suffix.Length) : name;
        }
    }

    /// <summary>The hiding a diagnostic asks for, or <see langword="null"/> when it is not about a member a serializer writes.</summary>
    public static SerializerHiding? From(Diagnostic diagnostic)
    {
        var properties = diagnostic.Properties;
        return diagnostic.Location.IsInSource &&
            properties.TryGetValue(DiagnosticPropertyNames.Serializer, out string? serializer) && SerializerNames.TryParse(serializer, out _) &&
            properties.TryGetValue(DiagnosticPropertyNames.Member, out string? member) && !string.IsNullOrEmpty(member) &&
            properties.TryGetValue(DiagnosticPropertyNames.IgnoreAttribute, out string? attribute) && attribute is not null && IsMetadataName(attribute) &&
            properties.TryGetValue(DiagnosticPropertyNames.IgnoreBy, out string? by) &&
            by is IgnoreByValues.Add or IgnoreByValues.AddToBackingField or IgnoreByValues.Remove
            ? new SerializerHiding(serializer!, member!, attribute, by)
            : null;
    }

    /// <summary>How titles name a serializer (<see cref="SerializerNames.Display"/>).</summary>
    public static string Display(string serializer) =>
        SerializerNames.TryParse(serializer, out PiiAnalyzers.Serialization.Serializer known) ? SerializerNames.Display(known) : serializer;

    /// <summary>
    /// The declaration of the member in the solution's source: a property, a field declared alone, or a record's
    /// positional parameter. <see langword="null"/> for a member of a referenced assembly (metadata) or another shape.
    /// </summary>
    public async Task<HiddenMember?> FindDeclarationAsync(Solution solution, Project project, CancellationToken cancellationToken)
    {
        Compilation? compilation = await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
        if (compilation is null || DocumentationCommentId.GetFirstSymbolForDeclarationId(MemberId, compilation) is not { } symbol ||
            symbol is not (IPropertySymbol or IFieldSymbol))
        {
            return null;
        }

        ISymbol source = await SymbolFinder.FindSourceDefinitionAsync(symbol, solution, cancellationToken).ConfigureAwait(false) ?? symbol;
        foreach (SyntaxReference reference in source.DeclaringSyntaxReferences)
        {
            if (solution.GetDocument(reference.SyntaxTree) is not { } document)
            {
                continue;
            }

            SyntaxNode? declaration = (await reference.GetSyntaxAsync(cancellationToken).ConfigureAwait(false)) switch
            {
                PropertyDeclarationSyntax property => property,
                VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Variables.Count: 1, Parent: FieldDeclarationSyntax field } } => field,
                ParameterSyntax { Parent: ParameterListSyntax { Parent: RecordDeclarationSyntax } } parameter => parameter,
                _ => null,
            };

            if (declaration is not null)
            {
                return new HiddenMember(document.Id, declaration, source.ContainingType.Name + "." + source.Name);
            }
        }

        return null;
    }

    /// <summary>
    /// The declaration with the attribute added (fully qualified, annotated for its import and simplification) or removed;
    /// <see langword="null"/> when there is nothing to remove.
    /// </summary>
    public SyntaxNode? Apply(SyntaxNode declaration, SemanticModel model, CancellationToken cancellationToken) =>
        By == IgnoreByValues.Remove ? RemoveAttribute(declaration, model, cancellationToken) : AddAttribute(declaration);

    private SyntaxNode AddAttribute(SyntaxNode declaration)
    {
        string name = "global::" + Attribute.Substring(0, Attribute.LastIndexOf('.') + 1) + AttributeShortName;
        // Tokens without elastic trivia: the formatter leaves the layout as written here.
        SyntaxKind? target = By == IgnoreByValues.AddToBackingField ? SyntaxKind.FieldKeyword
            : declaration is ParameterSyntax ? SyntaxKind.PropertyKeyword
            : null;
        AttributeListSyntax list = SyntaxFactory.AttributeList(
            SyntaxFactory.Token(SyntaxTriviaList.Empty, SyntaxKind.OpenBracketToken, SyntaxTriviaList.Empty),
            target is { } kind
                ? SyntaxFactory.AttributeTargetSpecifier(
                    SyntaxFactory.Token(SyntaxTriviaList.Empty, kind, SyntaxTriviaList.Empty),
                    SyntaxFactory.Token(SyntaxTriviaList.Empty, SyntaxKind.ColonToken, SyntaxFactory.TriviaList(SyntaxFactory.Space)))
                : null,
            SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Attribute(
                SyntaxFactory.ParseName(name).WithAdditionalAnnotations(Simplifier.Annotation, new SyntaxAnnotation(ImportAnnotationKind)))),
            SyntaxFactory.Token(SyntaxTriviaList.Empty, SyntaxKind.CloseBracketToken, SyntaxTriviaList.Empty));

        switch (declaration)
        {
            case ParameterSyntax parameter:
                // record Customer([property: JsonIgnore] [PersonalData] string Email)
                return parameter
                    .WithoutLeadingTrivia()
                    .WithAttributeLists(parameter.AttributeLists.Insert(0, list.WithLeadingTrivia(parameter.GetLeadingTrivia()).WithTrailingTrivia(SyntaxFactory.Space)));
            case MemberDeclarationSyntax member when member.AttributeLists.Count > 0:
                AttributeListSyntax last = member.AttributeLists.Last();
                list = last.GetTrailingTrivia().Any(trivia => trivia.IsKind(SyntaxKind.EndOfLineTrivia))
                    ? list.WithLeadingTrivia(Indentation(member)).WithTrailingTrivia(LineBreak(declaration))
                    : list.WithTrailingTrivia(SyntaxFactory.Space);
                return member.WithAttributeLists(member.AttributeLists.Add(list));
            case MemberDeclarationSyntax member:
                // The attribute on its own line above the member, after its comments.
                SyntaxTriviaList leading = member.GetLeadingTrivia();
                return member
                    .WithLeadingTrivia(Indentation(member))
                    .WithAttributeLists(SyntaxFactory.SingletonList(list.WithLeadingTrivia(leading).WithTrailingTrivia(LineBreak(declaration))));
            default:
                return declaration;
        }
    }

    /// <summary>Removes the attribute (<c>[DataMember]</c>) from the declaration, its list too when it held nothing else.</summary>
    private SyntaxNode? RemoveAttribute(SyntaxNode declaration, SemanticModel model, CancellationToken cancellationToken)
    {
        SyntaxList<AttributeListSyntax> lists = declaration switch
        {
            MemberDeclarationSyntax member => member.AttributeLists,
            ParameterSyntax parameter => parameter.AttributeLists,
            _ => default,
        };

        for (int i = 0; i < lists.Count; i++)
        {
            AttributeListSyntax list = lists[i];
            foreach (AttributeSyntax attribute in list.Attributes)
            {
                if (model.GetSymbolInfo(attribute, cancellationToken).Symbol?.ContainingType is not { } type ||
                    type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) != "global::" + Attribute)
                {
                    continue;
                }

                if (list.Attributes.Count > 1)
                {
                    return declaration.ReplaceNode(list, list.WithAttributes(list.Attributes.Remove(attribute)));
                }

                SyntaxList<AttributeListSyntax> remaining = lists.RemoveAt(i);
                SyntaxNode changed = declaration switch
                {
                    MemberDeclarationSyntax member => member.WithAttributeLists(remaining),
                    ParameterSyntax parameter => parameter.WithAttributeLists(remaining),
                    _ => declaration,
                };

                // What stood before the first list (comments, indentation) now stands before what follows it.
                return i == 0 ? changed.WithLeadingTrivia(list.GetLeadingTrivia()) : changed;
            }
        }

        return null;
    }

    /// <summary>
    /// Finishes a document the fix changed: imports each written attribute's namespace in turn, unless that import makes
    /// the document compile worse (a <c>[JsonIgnore]</c> of another serializer already in use there would become
    /// ambiguous), then simplifies the names and formats.
    /// </summary>
    public static async Task<Document> FinishAsync(Document document, CancellationToken cancellationToken)
    {
        SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var annotations = root is null
            ? Enumerable.Empty<SyntaxAnnotation>()
            : root.GetAnnotatedNodes(ImportAnnotationKind).SelectMany(node => node.GetAnnotations(ImportAnnotationKind)).Distinct().ToList();
        int errors = await FixedDocument.ErrorCountAsync(document, span: null, cancellationToken).ConfigureAwait(false);
        foreach (SyntaxAnnotation annotation in annotations)
        {
            Document imported = await ImportAdder.AddImportsAsync(document, annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
            if (await FixedDocument.ErrorCountAsync(imported, span: null, cancellationToken).ConfigureAwait(false) <= errors)
            {
                document = imported;
            }
        }

        Document simplified = await Simplifier.ReduceAsync(document, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        return await Formatter.FormatAsync(simplified, Formatter.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    private static bool IsMetadataName(string name) =>
        name.Length > 0 && name.Split('.').All(part => part.Length > 0 && SyntaxFacts.IsValidIdentifier(part));

    /// <summary>The whitespace the member's first line starts with.</summary>
    private static SyntaxTriviaList Indentation(SyntaxNode member)
    {
        SyntaxTriviaList leading = member.GetLeadingTrivia();
        int start = leading.Count;
        while (start > 0 && leading[start - 1].IsKind(SyntaxKind.WhitespaceTrivia))
        {
            start--;
        }

        return SyntaxFactory.TriviaList(leading.Skip(start));
    }

    /// <summary>The line break the document uses (that of its first line), <c>\n</c> for a one-line document.</summary>
    private static SyntaxTrivia LineBreak(SyntaxNode node)
    {
        SourceText text = node.SyntaxTree.GetText();
        return SyntaxFactory.EndOfLine(text.Lines.Count > 1 ? text.ToString(TextSpan.FromBounds(text.Lines[0].End, text.Lines[0].EndIncludingLineBreak)) : "\n");
    }
}

/// <summary>The declaration of a member to hide, in a document of the solution, and how titles name the member.</summary>
internal sealed class HiddenMember
{
    public HiddenMember(DocumentId document, SyntaxNode declaration, string displayName)
    {
        Document = document;
        Declaration = declaration;
        DisplayName = displayName;
    }

    public DocumentId Document { get; }

    public SyntaxNode Declaration { get; }

    /// <summary><c>Customer.Email</c>.</summary>
    public string DisplayName { get; }
}
