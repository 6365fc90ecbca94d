using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace PiiAnalyzers.Analysis;

/// <summary>
/// The interpolated string handlers of one method's source, by syntax: the control-flow graph lowers them, and a leak is
/// reported at the hole of the source's interpolation. Collected on first need, shared by the rules of the method.
/// </summary>
internal sealed class MethodInterpolations
{
    private readonly ImmutableArray<IOperation> _blocks;
    private Dictionary<SyntaxNode, IOperation>? _handlers;

    public MethodInterpolations(ImmutableArray<IOperation> blocks) => _blocks = blocks;

    /// <summary>The source's interpolated string handler at a syntax node the control-flow graph lowered.</summary>
    public IOperation? Original(SyntaxNode syntax)
    {
        if (_handlers is null)
        {
            _handlers = new Dictionary<SyntaxNode, IOperation>();
            foreach (IOperation block in _blocks)
            {
                foreach (IOperation operation in block.DescendantsAndSelf())
                {
                    if (operation.Kind == OperationKind.InterpolatedStringHandlerCreation)
                    {
                        _handlers[operation.Syntax] = operation;
                    }
                }
            }
        }

        return _handlers.TryGetValue(syntax, out IOperation? original) ? original : null;
    }
}
