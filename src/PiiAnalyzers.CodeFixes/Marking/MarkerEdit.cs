using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;
using Microsoft.CodeAnalysis.Text;
using PiiAnalyzers.Configuration;

namespace PiiAnalyzers.CodeFixes.Marking;

/// <summary>
/// Writes a privacy attribute on the declarations PII006 reports: a property, a field (in a declaration of its own when
/// it shares one with other fields, since an attribute there would mark them all), a record's positional parameter
/// (where the analyzers read it) or a method's parameter. The attribute goes on a line of its own above a member that
/// starts its line, with the member's indentation and line break, and inline before a parameter or a member that
/// shares its line; nothing else of the declaration is reformatted. It is written in full
/// (<c>global::PiiAnalyzers.PersonalData(global::PiiAnalyzers.PersonalDataKind.Email)</c>) for the finish to import and
/// simplify.
/// </summary>
internal static class MarkerEdit
{
    /// <summary>The declaration a diagnostic's identifier belongs to: a property, a field's variable, or a parameter.</summary>
    public static SyntaxNode? TargetAt(SyntaxNode root, Location location)
    {
        if (!location.IsInSource || location.SourceTree != root.SyntaxTree || !root.FullSpan.Contains(location.SourceSpan))
        {
            return null;
        }

        SyntaxToken identifier = root.FindToken(location.SourceSpan.Start);
        return identifier.Parent switch
        {
            PropertyDeclarationSyntax property when property.Identifier == identifier => property,
            VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Parent: FieldDeclarationSyntax } } variable when variable.Identifier == identifier => variable,
            ParameterSyntax parameter when parameter.Identifier == identifier => parameter,
            _ => null,
        };
    }

    /// <summary>
    /// The root with each target (see <see cref="TargetAt"/>) carrying its attribute; with <paramref name="import"/>, the
    /// names are annotated for the finish to add <c>using PiiAnalyzers;</c>, else only to be simplified as far as they can.
    /// </summary>
    public static SyntaxNode Apply(SyntaxNode root, IReadOnlyDictionary<SyntaxNode, Mark> marks, bool import)
    {
        SourceText text = root.SyntaxTree.GetText();
        var attributes = marks.ToDictionary(mark => mark.Key, mark => mark.Value.ToAttribute(import));

        // Fields are rewritten by declaration: one declaration may hold several marked variables.
        var fields = marks.Keys.OfType<VariableDeclaratorSyntax>()
            .Select(variable => (FieldDeclarationSyntax)variable.Parent!.Parent!)
            .Distinct()
            .ToList();
        var others = marks.Keys.Where(node => node is PropertyDeclarationSyntax or ParameterSyntax).ToList();

        SyntaxNode tracked = root.TrackNodes(fields.Cast<SyntaxNode>().Concat(others));
        foreach (SyntaxNode node in others)
        {
            SyntaxNode current = tracked.GetCurrentNode(node)!;
            SyntaxNode marked = node is ParameterSyntax
                ? WithAttribute((ParameterSyntax)current, attributes[node])
                : WithAttribute((MemberDeclarationSyntax)current, attributes[node], Layout.Of(text, Anchor((MemberDeclarationSyntax)node)));
            tracked = tracked.ReplaceNode(current, marked);
        }

        foreach (FieldDeclarationSyntax field in fields)
        {
            SyntaxNode current = tracked.GetCurrentNode(field)!;
            tracked = tracked.ReplaceNode(current, MarkField(field, (FieldDeclarationSyntax)current, attributes, Layout.Of(text, Anchor(field))));
        }

        return tracked;
    }

    /// <summary>
    /// A field declaration with its marked variables marked: the declaration itself when it declares one variable, or
    /// one declaration per variable, in order, each with the declaration's attributes, modifiers and type.
    /// </summary>
    private static IEnumerable<SyntaxNode> MarkField(FieldDeclarationSyntax original, FieldDeclarationSyntax current, IReadOnlyDictionary<SyntaxNode, AttributeSyntax> marks, Layout layout)
    {
        SeparatedSyntaxList<VariableDeclaratorSyntax> variables = original.Declaration.Variables;
        if (variables.Count == 1)
        {
            yield return WithAttribute(current, marks[variables[0]], layout);
            yield break;
        }

        SyntaxTriviaList end = current.SemicolonToken.TrailingTrivia;
        for (int i = 0; i < variables.Count; i++)
        {
            FieldDeclarationSyntax single = current
                .WithDeclaration(current.Declaration.WithVariables(SyntaxFactory.SingletonSeparatedList(current.Declaration.Variables[i].WithoutTrivia())))
                .WithSemicolonToken(current.SemicolonToken.WithTrailingTrivia(i == variables.Count - 1 ? end : layout.AfterMember));
            if (i > 0)
            {
                single = single.WithLeadingTrivia(layout.BeforeMember);
            }

            yield return marks.TryGetValue(variables[i], out AttributeSyntax? attribute) ? WithAttribute(single, attribute, layout) : single;
        }
    }

    /// <summary>The member with the attribute after its other attributes, on a line of its own or inline as the member is.</summary>
    private static MemberDeclarationSyntax WithAttribute(MemberDeclarationSyntax member, AttributeSyntax attribute, Layout layout)
    {
        SyntaxToken anchor = Anchor(member);
        AttributeListSyntax list = List(attribute)
            .WithLeadingTrivia(anchor.LeadingTrivia)
            .WithTrailingTrivia(layout.AfterMember);

        // Without other attributes the new list takes the member's leading trivia (documentation, indentation) and the
        // member keeps its indentation; after other attributes it takes the place of the member's first token.
        SyntaxToken moved = anchor.WithLeadingTrivia(
            layout.OwnLine ? layout.BeforeMember : member.AttributeLists.Count == 0 ? SyntaxFactory.TriviaList() : anchor.LeadingTrivia);
        MemberDeclarationSyntax replaced = member.ReplaceToken(anchor, moved);
        return replaced.WithAttributeLists(replaced.AttributeLists.Add(list));
    }

    /// <summary>The first token after a member's attributes (a modifier, or the type): where a new attribute list goes.</summary>
    private static SyntaxToken Anchor(MemberDeclarationSyntax member) =>
        member.AttributeLists.Count > 0 ? member.AttributeLists.Last().GetLastToken().GetNextToken() : member.GetFirstToken();

    /// <summary>The parameter with the attribute inline before it: <c>[PersonalData(…)] string email</c>.</summary>
    private static ParameterSyntax WithAttribute(ParameterSyntax parameter, AttributeSyntax attribute)
    {
        if (parameter.AttributeLists.Count > 0)
        {
            return parameter.AddAttributeLists(List(attribute).WithTrailingTrivia(parameter.AttributeLists.Last().GetTrailingTrivia()));
        }

        SyntaxToken first = parameter.GetFirstToken();
        return parameter
            .ReplaceToken(first, first.WithLeadingTrivia(SyntaxFactory.TriviaList()))
            .WithAttributeLists(SyntaxFactory.SingletonList(List(attribute).WithLeadingTrivia(first.LeadingTrivia).WithTrailingTrivia(SyntaxFactory.Space)));
    }

    private static AttributeListSyntax List(AttributeSyntax attribute) => SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(attribute));


    /// <summary>How a member sits in the text: alone at the start of its line (with this indentation and line break), or not.</summary>
    private readonly struct Layout
    {
        private Layout(bool ownLine, string indentation, string lineBreak)
        {
            OwnLine = ownLine;
            BeforeMember = indentation.Length == 0 ? SyntaxFactory.TriviaList() : SyntaxFactory.TriviaList(SyntaxFactory.Whitespace(indentation));
            AfterMember = ownLine ? SyntaxFactory.TriviaList(SyntaxFactory.EndOfLine(lineBreak)) : SyntaxFactory.TriviaList(SyntaxFactory.Space);
        }

        public bool OwnLine { get; }

        /// <summary>The indentation of the member (its line's leading whitespace), or a space when it shares its line.</summary>
        public SyntaxTriviaList BeforeMember { get; }

        /// <summary>The line break after a line of the member, or a space when it shares its line.</summary>
        public SyntaxTriviaList AfterMember { get; }

        public static Layout Of(SourceText text, SyntaxToken first)
        {
            TextLine line = text.Lines.GetLineFromPosition(first.SpanStart);
            string before = text.ToString(TextSpan.FromBounds(line.Start, first.SpanStart));
            string lineBreak = text.ToString(TextSpan.FromBounds(line.End, line.EndIncludingLineBreak));
            bool ownLine = before.Trim().Length == 0;
            return new Layout(ownLine, ownLine ? before : " ", lineBreak.Length == 0 ? "\n" : lineBreak);
        }
    }
}

/// <summary>The attribute one declaration gets: <c>[PersonalData(PersonalDataKind.Kind)]</c> or <c>[NotPersonalData("reason")]</c>.</summary>
internal readonly struct Mark
{
    /// <summary>The metadata name of the enum a kind is a member of.</summary>
    private const string PersonalDataKindName = "PiiAnalyzers.PersonalDataKind";

    private readonly string? _kind;
    private readonly string? _reason;

    private Mark(string? kind, string? reason)
    {
        _kind = kind;
        _reason = reason;
    }

    /// <summary><c>[PersonalData(PersonalDataKind.<paramref name="kind"/>)]</c>.</summary>
    public static Mark PersonalData(string kind) => new(kind, reason: null);

    /// <summary><c>[NotPersonalData("<paramref name="reason"/>")]</c>.</summary>
    public static Mark NotPersonalData(string reason) => new(kind: null, reason);

    /// <summary>The attribute written in full (<c>global::PiiAnalyzers.PersonalData(global::PiiAnalyzers.PersonalDataKind.Email)</c>), annotated for simplification and, with <paramref name="import"/>, for the import.</summary>
    public AttributeSyntax ToAttribute(bool import)
    {
        if (_kind is not null)
        {
            return SyntaxFactory.Attribute(
                Name(PrivacyAttributeNames.PersonalData, import),
                SyntaxFactory.AttributeArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.AttributeArgument(
                    SyntaxFactory.MemberAccessExpression(
                        SyntaxKind.SimpleMemberAccessExpression,
                        Annotated(SyntaxFactory.ParseName("global::" + PersonalDataKindName), import),
                        SyntaxFactory.IdentifierName(_kind))))));
        }

        return SyntaxFactory.Attribute(
            Name(PrivacyAttributeNames.NotPersonalData, import),
            SyntaxFactory.AttributeArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.AttributeArgument(
                SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(_reason ?? string.Empty))))));
    }

    /// <summary><c>global::PiiAnalyzers.PersonalData</c> for <c>PiiAnalyzers.PersonalDataAttribute</c>.</summary>
    private static NameSyntax Name(string attributeMetadataName, bool import) =>
        Annotated(SyntaxFactory.ParseName("global::" + attributeMetadataName.Substring(0, attributeMetadataName.Length - "Attribute".Length)), import);

    private static NameSyntax Annotated(NameSyntax name, bool import) =>
        import ? name.WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation) : name.WithAdditionalAnnotations(Simplifier.Annotation);
}
