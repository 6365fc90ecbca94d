using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Text;

namespace PiiAnalyzers.CodeFixes.Consent;

/// <summary>What a sink diagnostic wraps, and the <c>if</c> that wraps it.</summary>
internal static class ConsentWrapping
{
    /// <summary>
    /// The node the fix rewrites for a diagnostic's location, or <see langword="null"/> when it is not offered:
    /// <list type="bullet">
    /// <item>the <see cref="ExpressionStatementSyntax"/> that holds it, directly in a block, a switch section, a
    /// top-level program, or in an embedded-statement position (<c>if (x) log(…);</c>, loops, <c>using</c>,
    /// <c>lock</c>, labels);</item>
    /// <item>a <c>void</c> (or async <c>Task</c>) method, local function, constructor or accessor with an expression
    /// body that holds it (<c>void M() =&gt; logger.Log(…)</c>), whose body becomes a block;</item>
    /// <item>a lambda with an expression body that returns nothing (<c>customers.ForEach(c =&gt; logger.Log(…, c.Email))</c>),
    /// whose body becomes a block, so that the check is inside the lambda, where its parameters are.</item>
    /// </list>
    /// Any other kind of statement (declarations, <c>return</c>, <c>throw</c>, …), whose value or variable the code
    /// after it needs, and expression bodies that return a value are not offered.
    /// </summary>
    public static SyntaxNode? TargetAt(SyntaxNode root, TextSpan span, SemanticModel model, CancellationToken cancellationToken)
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
                case ArrowExpressionClauseSyntax { Parent: (BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax or AccessorDeclarationSyntax) and { } owner } arrow:
                    return ReturnsNothing(model.GetDeclaredSymbol(owner, cancellationToken)) && IsStatementExpression(arrow.Expression) ? owner : null;
                case LambdaExpressionSyntax { ExpressionBody: { } body } lambda:
                    return ReturnsNothing(model.GetSymbolInfo(lambda, cancellationToken).Symbol) && IsStatementExpression(body) ? lambda : null;
                case StatementSyntax:
                case AnonymousFunctionExpressionSyntax:
                case ArrowExpressionClauseSyntax:
                case MemberDeclarationSyntax:
                    return null;
            }
        }

        return null;
    }

    /// <summary>The code whose position and names the candidates are looked up from: the statement, or the expression body.</summary>
    public static SyntaxNode ScopeOf(SyntaxNode target) => target switch
    {
        LambdaExpressionSyntax { ExpressionBody: { } body } => body,
        BaseMethodDeclarationSyntax { ExpressionBody: { } arrow } => arrow.Expression,
        LocalFunctionStatementSyntax { ExpressionBody: { } arrow } => arrow.Expression,
        AccessorDeclarationSyntax { ExpressionBody: { } arrow } => arrow.Expression,
        _ => target,
    };

    /// <summary>
    /// The target with its code in <c>if (condition) { … }</c> (<paramref name="current"/> is the target as rewritten
    /// so far, <paramref name="original"/> where it stands). A statement: the <c>if</c> takes its leading trivia
    /// (comments and directives above it stay above), the statement keeps its trailing trivia; in an embedded
    /// position the <c>if</c> is put in a block, so that an <c>else</c> of the enclosing <c>if</c> keeps its meaning.
    /// An expression body: becomes a block body holding the <c>if</c>.
    /// </summary>
    public static SyntaxNode Wrap(SyntaxNode original, SyntaxNode current, ExpressionSyntax condition) => current switch
    {
        StatementSyntax statement when original is ExpressionStatementSyntax => WrapStatement(original.Parent, statement, condition),
        LambdaExpressionSyntax { ExpressionBody: { } body } lambda => lambda.WithExpressionBody(null).WithBlock(Body(original, body, condition, default)),
        BaseMethodDeclarationSyntax { ExpressionBody: { } arrow } method =>
            method.WithExpressionBody(null).WithSemicolonToken(default).WithBody(Body(original, arrow.Expression, condition, method.SemicolonToken)),
        LocalFunctionStatementSyntax { ExpressionBody: { } arrow } function =>
            function.WithExpressionBody(null).WithSemicolonToken(default).WithBody(Body(original, arrow.Expression, condition, function.SemicolonToken)),
        AccessorDeclarationSyntax { ExpressionBody: { } arrow } accessor =>
            accessor.WithExpressionBody(null).WithSemicolonToken(default).WithBody(Body(original, arrow.Expression, condition, accessor.SemicolonToken)),
        _ => current,
    };

    private static StatementSyntax WrapStatement(SyntaxNode? parent, StatementSyntax current, ExpressionSyntax condition)
    {
        IfStatementSyntax wrapped = SyntaxFactory.IfStatement(
            condition.WithoutTrivia(),
            SyntaxFactory.Block(current.WithoutLeadingTrivia()));
        StatementSyntax replacement = parent is BlockSyntax or SwitchSectionSyntax or GlobalStatementSyntax
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

    /// <summary>
    /// <c>{ if (condition) { expression; } }</c>, ending with what followed the expression body's semicolon. Line breaks
    /// after the braces keep the formatter from leaving a lambda's or local function's new body on one line.
    /// </summary>
    private static BlockSyntax Body(SyntaxNode original, ExpressionSyntax expression, ExpressionSyntax condition, SyntaxToken semicolon)
    {
        SyntaxTrivia lineBreak = SyntaxFactory.ElasticEndOfLine(LineBreakOf(original));
        BlockSyntax inner = SyntaxFactory.Block(SyntaxFactory.ExpressionStatement(expression.WithoutLeadingTrivia()));
        inner = inner.WithOpenBraceToken(inner.OpenBraceToken.WithTrailingTrivia(lineBreak));
        BlockSyntax body = SyntaxFactory.Block(SyntaxFactory.IfStatement(condition.WithoutTrivia(), inner));
        body = body.WithOpenBraceToken(body.OpenBraceToken.WithTrailingTrivia(lineBreak));
        if (semicolon.TrailingTrivia.Count > 0)
        {
            body = body.WithTrailingTrivia(semicolon.TrailingTrivia);
        }

        return body.WithAdditionalAnnotations(Formatter.Annotation);
    }

    /// <summary>The line break the document uses (that of its first line), <c>\n</c> for a one-line document.</summary>
    private static string LineBreakOf(SyntaxNode node)
    {
        SourceText text = node.SyntaxTree.GetText();
        return text.Lines.Count > 1 ? text.ToString(TextSpan.FromBounds(text.Lines[0].End, text.Lines[0].EndIncludingLineBreak)) : "\n";
    }

    /// <summary>A method that returns no value: <c>void</c>, or async <c>Task</c>/<c>ValueTask</c>.</summary>
    private static bool ReturnsNothing(ISymbol? symbol) => symbol is IMethodSymbol method &&
        (method.ReturnsVoid ||
         (method.IsAsync && method.ReturnType is INamedTypeSymbol { Name: "Task" or "ValueTask", IsGenericType: false } task &&
          task.ContainingNamespace?.ToDisplayString() == "System.Threading.Tasks"));

    /// <summary>An expression C# accepts as a statement.</summary>
    private static bool IsStatementExpression(ExpressionSyntax expression) =>
        expression is InvocationExpressionSyntax or AwaitExpressionSyntax or AssignmentExpressionSyntax or
            ObjectCreationExpressionSyntax or PostfixUnaryExpressionSyntax ||
        expression.IsKind(SyntaxKind.PreIncrementExpression) || expression.IsKind(SyntaxKind.PreDecrementExpression);
}
