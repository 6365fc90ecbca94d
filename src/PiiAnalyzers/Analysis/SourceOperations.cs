using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace PiiAnalyzers.Analysis;

/// <summary>
/// The operations of a method's source, for the questions a control-flow graph cannot answer: its operations are new
/// ones, with no parent beyond their statement, while where a value goes afterwards is read on the source's tree.
/// </summary>
internal static class SourceOperations
{
    /// <summary>The source operation of a call (invocation or object creation) the control-flow graph rewrote: the same syntax, kind and implicitness.</summary>
    public static IOperation? CallOf(IEnumerable<IOperation> roots, IOperation call)
    {
        SyntaxNode syntax = call.Syntax;
        foreach (IOperation root in roots)
        {
            if (!root.Syntax.Span.Contains(syntax.Span))
            {
                continue;
            }

            foreach (IOperation operation in root.DescendantsAndSelf())
            {
                // A collection initializer's implicit Add has the syntax of its element, which may be a call itself.
                if (operation.Syntax == syntax && operation.Kind == call.Kind && operation.IsImplicit == call.IsImplicit)
                {
                    return operation;
                }
            }
        }

        return null;
    }
}
