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
    /// <summary>The source operation of a call (invocation or object creation) the control-flow graph rewrote, by its syntax.</summary>
    public static IOperation? CallAt(IEnumerable<IOperation> roots, SyntaxNode syntax)
    {
        foreach (IOperation root in roots)
        {
            if (!root.Syntax.Span.Contains(syntax.Span))
            {
                continue;
            }

            foreach (IOperation operation in root.DescendantsAndSelf())
            {
                // A collection initializer's Add has the syntax of its element: the call written there is not implicit.
                if (operation.Syntax == syntax && !operation.IsImplicit && operation.Kind is OperationKind.Invocation or OperationKind.ObjectCreation)
                {
                    return operation;
                }
            }
        }

        return null;
    }
}
