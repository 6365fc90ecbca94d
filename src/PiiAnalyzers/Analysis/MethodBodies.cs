using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PiiAnalyzers.Model;

namespace PiiAnalyzers.Analysis;

/// <summary>
/// The control-flow graphs of the compilation's own method bodies that summaries read (a logging wrapper, a helper that
/// sends what it is given). In the package's pass a method is summarised once for the four sink rules
/// (<see cref="SinkSummaries.ShareFlows"/>), so its graph is built once and not kept: a compilation lives as long as
/// the editor's document does, and the graphs of every summarised method would stay with it.
/// </summary>
internal sealed class MethodBodies
{
    private readonly Compilation _compilation;

    public MethodBodies(Compilation compilation) => _compilation = compilation;

    /// <summary>
    /// The graph of the body of a method declared in the compilation's own source, or <see langword="null"/> (another
    /// project's method, read like metadata; no body; an expression the compiler cannot bind).
    /// </summary>
    public ControlFlowGraph? GraphOf(IMethodSymbol implementation, CancellationToken cancellationToken)
    {
        if (!SymbolOrigin.IsDeclaredIn(implementation, _compilation) || implementation.DeclaringSyntaxReferences.IsEmpty)
        {
            return null;
        }

        SyntaxNode declaration = implementation.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken);
#pragma warning disable RS1030 // Summaries read the bodies of other methods of the compilation, once per method.
        SemanticModel semanticModel = _compilation.GetSemanticModel(declaration.SyntaxTree);
#pragma warning restore RS1030
        return semanticModel.GetOperation(declaration, cancellationToken) is IMethodBodyOperation body
            ? ControlFlowGraph.Create(body, cancellationToken)
            : null;
    }
}
