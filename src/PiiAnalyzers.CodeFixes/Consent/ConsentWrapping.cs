using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Text;

namespace PiiAnalyzers.CodeFixes.Consent;

/// <summary>Which statement a sink diagnostic wraps, and the <c>if</c> that wraps it.</summary>
internal static class ConsentWrapping
{
    /// <summary>
    /// The expression statement that holds the diagnostic's location, when it can be wrapped: one directly in a
    /// block, a switch section, a top-level program, or in an embedded-statement position (<c>if (x) log(…);</c>,
    /// loops, <c>using</c>, <c>lock</c>, labels). Not offered, and <see langword="null"/>:
    /// <list type="bullet">
    /// <item>expression-bodied members and local functions (<c>void M() =&gt; logger.Log(…)</c>): there is no
    /// statement to wrap, and converting the body to a block is left to the developer;</item>
    /// <item>expression-bodied lambdas (<c>customers.ForEach(c =&gt; logger.Log(…, c.Email))</c>): the data belongs
    /// to the lambda's parameters, and a check around the whole statement would ask for someone else's consent;</item>
    /// <item>any other kind of statement (declarations, <c>return</c>, <c>throw</c>, …), whose value or variable
    /// the code after it needs.</item>
    /// </list>
    /// </summary>
    public static ExpressionStatementSyntax? StatementAt(SyntaxNode root, TextSpan span)
    {
        if (!root.FullSpan.Contains(span))
        {
            return null;
        }

        for (SyntaxNode? node = root.FindNode(span, getInnermostNodeForTie: true); node is not null; node = node.Parent)
        {
            switch (node)
            {
                case ExpressionStatementSyntax statement:
                    return statement.Parent is not null && !statement.SemicolonToken.IsMissing ? statement : null;
                case StatementSyntax:
                case AnonymousFunctionExpressionSyntax:
                case ArrowExpressionClauseSyntax:
                case MemberDeclarationSyntax:
                    return null;
            }
        }

        return null;
    }

    /// <summary>
    /// <c>if (condition) { statement }</c> in place of the statement (<paramref name="current"/> is the statement
    /// as rewritten so far, <paramref name="original"/> where it stands). The <c>if</c> takes the statement's
    /// leading trivia (comments and directives above it stay above), the statement keeps its trailing trivia. In an
    /// embedded position the <c>if</c> is put in a block, so that an <c>else</c> of the enclosing <c>if</c> keeps its
    /// meaning.
    /// </summary>
    public static StatementSyntax Wrap(ExpressionStatementSyntax original, StatementSyntax current, ExpressionSyntax condition)
    {
        IfStatementSyntax wrapped = SyntaxFactory.IfStatement(
            condition.WithoutTrivia(),
            SyntaxFactory.Block(current.WithoutLeadingTrivia()));
        StatementSyntax replacement = original.Parent is BlockSyntax or SwitchSectionSyntax or GlobalStatementSyntax
            ? wrapped
            : SyntaxFactory.Block(wrapped);
        // The line break that ended the statement ends the wrapping too (the formatter would add a blank line).
        SyntaxTrivia lineBreak = current.GetTrailingTrivia().LastOrDefault(trivia => trivia.IsKind(SyntaxKind.EndOfLineTrivia));
        if (lineBreak.IsKind(SyntaxKind.EndOfLineTrivia))
        {
            replacement = replacement.WithTrailingTrivia(lineBreak);
        }

        return replacement
            .WithLeadingTrivia(current.GetLeadingTrivia())
            .WithAdditionalAnnotations(Formatter.Annotation);
    }
}
