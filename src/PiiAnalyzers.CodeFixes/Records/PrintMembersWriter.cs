using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using PiiAnalyzers.Serialization;

namespace PiiAnalyzers.CodeFixes.Records;

/// <summary>
/// Writes the <c>PrintMembers</c> a record would get from the compiler, without some of its members: the same
/// signature and modifiers (<c>protected virtual</c>; <c>private</c> in a sealed record or a record struct;
/// <c>protected override</c> in a derived record, which prints its base's members first) and the same text
/// (<c>Name = value, Other = value</c>, <c>true</c> when anything was printed).
/// </summary>
internal static class PrintMembersWriter
{
    private const string Builder = "builder";

    /// <summary>
    /// The method, or <see langword="null"/> when the record does not print with the compiler's <c>PrintMembers</c>
    /// (it declares its own, or its own <c>ToString</c>).
    /// </summary>
    public static MethodDeclarationSyntax? Write(INamedTypeSymbol record, ICollection<string> leftOut, string lineBreak)
    {
        if (!RecordPrinting.UsesGeneratedPrintMembers(record))
        {
            return null;
        }

        bool derived = record.BaseType is { IsRecord: true };
        List<ISymbol> printed = RecordPrinting.PrintedMembers(record).Where(m => !leftOut.Contains(m.Name)).ToList();
        List<string> omitted = RecordPrinting.PrintedMembers(record).Where(m => leftOut.Contains(m.Name)).Select(m => m.Name).ToList();

        var text = new StringBuilder();
        if (omitted.Count > 0)
        {
            text.Append("// Prints the members as the compiler-generated PrintMembers does, leaving out personal data: ")
                .Append(string.Join(", ", omitted)).Append('.').Append(lineBreak);
        }

        text.Append(Modifiers(record, derived)).Append(" bool ").Append(RecordPrinting.PrintMembersName)
            .Append("(global::System.Text.StringBuilder ").Append(Builder).Append(')').Append(lineBreak)
            .Append('{').Append(lineBreak);
        if (derived && printed.Count == 0)
        {
            text.Append("return base.PrintMembers(builder);").Append(lineBreak);
        }
        else
        {
            if (derived)
            {
                text.Append("if (base.PrintMembers(builder))").Append(lineBreak)
                    .Append('{').Append(lineBreak)
                    .Append("builder.Append(\", \");").Append(lineBreak)
                    .Append('}').Append(lineBreak)
                    .Append(lineBreak);
            }

            for (int i = 0; i < printed.Count; i++)
            {
                string label = (i == 0 ? string.Empty : ", ") + printed[i].Name + " = ";
                text.Append("builder.Append(").Append(SymbolDisplay.FormatLiteral(label, quote: true)).Append(");").Append(lineBreak)
                    .Append("builder.Append(").Append(Value(printed[i])).Append(");").Append(lineBreak);
            }

            text.Append(printed.Count == 0 ? "return false;" : "return true;").Append(lineBreak);
        }

        text.Append('}').Append(lineBreak);
        if (SyntaxFactory.ParseMemberDeclaration(text.ToString()) is not MethodDeclarationSyntax method || method.ContainsDiagnostics)
        {
            return null;
        }

        TypeSyntax parameterType = method.ParameterList.Parameters[0].Type!;
        return method
            .ReplaceNode(parameterType, parameterType.WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation))
            .WithAdditionalAnnotations(Formatter.Annotation);
    }

    /// <summary>
    /// The record with the method as its last member, after a blank line; a record declared with a semicolon
    /// (<c>record R(int A);</c>) gets a body.
    /// </summary>
    public static RecordDeclarationSyntax AddTo(RecordDeclarationSyntax declaration, MethodDeclarationSyntax method, string lineBreak)
    {
        if (declaration.Members.Count > 0)
        {
            method = method.WithLeadingTrivia(method.GetLeadingTrivia().Insert(0, SyntaxFactory.EndOfLine(lineBreak)));
        }

        if (declaration.SemicolonToken.IsKind(SyntaxKind.SemicolonToken))
        {
            SyntaxTriviaList after = declaration.SemicolonToken.TrailingTrivia;
            declaration = declaration
                .WithSemicolonToken(default)
                .WithOpenBraceToken(SyntaxFactory.Token(SyntaxKind.OpenBraceToken).WithAdditionalAnnotations(Formatter.Annotation))
                .WithCloseBraceToken(SyntaxFactory.Token(SyntaxKind.CloseBraceToken).WithTrailingTrivia(after).WithAdditionalAnnotations(Formatter.Annotation));
        }

        return declaration.AddMembers(method);
    }

    /// <summary>The modifiers the compiler requires of a declared <c>PrintMembers</c>.</summary>
    private static string Modifiers(INamedTypeSymbol record, bool derived) =>
        derived ? "protected override"
        : record.IsValueType || record.IsSealed ? "private"
        : "protected virtual";

    /// <summary>
    /// How the member's value is appended so that it prints what the compiler's <c>Append((object)value)</c> does:
    /// <c>StringBuilder.Append</c> prints <c>ToString()</c> for every overload but <c>char[]</c>, which it would
    /// print character by character.
    /// </summary>
    private static string Value(ISymbol member)
    {
        string name = SyntaxFacts.GetKeywordKind(member.Name) != SyntaxKind.None ? "@" + member.Name : member.Name;
        string access = member.Name == Builder ? "this." + name : name;
        return RecordPrinting.TypeOf(member) is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_Char }
            ? access + "?.ToString()"
            : access;
    }
}
