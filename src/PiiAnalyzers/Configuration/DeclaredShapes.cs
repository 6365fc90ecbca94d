using Microsoft.CodeAnalysis;

namespace PiiAnalyzers.Configuration;

/// <summary>
/// The shapes a symbol must have to serve as what the code or <c>PiiAnalyzers.txt</c> declares it to be: a consent
/// check that answers, a redactor that returns what may be shown. The configuration reader rejects a line whose symbol
/// has the wrong shape; the consent catalog and PII008 judge attributes by the same shapes.
/// </summary>
internal static class DeclaredShapes
{
    /// <summary>
    /// How a method or property would answer if it were a consent check, from its type alone: <c>bool</c>,
    /// <c>Task&lt;bool&gt;</c>/<c>ValueTask&lt;bool&gt;</c>, <c>void</c>/<c>Task</c>/<c>ValueTask</c> (methods only),
    /// or <see cref="CheckShape.None"/>. Also judges the consent checks declared in <c>PiiAnalyzers.txt</c>.
    /// </summary>
    public static CheckShape ConsentCheck(ISymbol member)
    {
        ITypeSymbol? type = member switch
        {
            IMethodSymbol method => method.ReturnType,
            IPropertySymbol property => property.Type,
            _ => null,
        };

        if (type is null)
        {
            return CheckShape.None;
        }

        if (type.SpecialType == SpecialType.System_Boolean)
        {
            return CheckShape.Answers;
        }

        if (member is IMethodSymbol { ReturnsVoid: true })
        {
            return CheckShape.Returns;
        }

        if (member is IMethodSymbol && type is INamedTypeSymbol { Name: "Task" or "ValueTask", ContainingNamespace: { Name: "Tasks" } } task)
        {
            if (task.TypeArguments.Length == 0)
            {
                return CheckShape.Returns;
            }

            if (task.TypeArguments.Length == 1 && task.TypeArguments[0].SpecialType == SpecialType.System_Boolean)
            {
                return CheckShape.AnswersAsync;
            }
        }

        return CheckShape.None;
    }

    /// <summary><c>void</c>, or a <c>Task</c>/<c>ValueTask</c> without a result.</summary>
    public static bool ReturnsNothing(IMethodSymbol method) =>
        method.ReturnsVoid ||
        method.ReturnType is INamedTypeSymbol { Name: "Task" or "ValueTask", TypeArguments.IsEmpty: true, ContainingNamespace: { Name: "Tasks", ContainingNamespace: { Name: "Threading", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } } };
}
