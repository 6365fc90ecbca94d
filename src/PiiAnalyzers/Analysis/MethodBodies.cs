using System.Collections.Concurrent;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PiiAnalyzers.Markers;

namespace PiiAnalyzers.Analysis;

/// <summary>
/// The control-flow graphs of the compilation's own method bodies that summaries read (a logging wrapper, a helper that
/// sends what it is given), built once per method and shared by every rule's summaries: the four sink rules summarise
/// the same callee, and a graph is the costliest part of a summary.
/// </summary>
internal sealed class MethodBodies
{
    private readonly Compilation _compilation;
    private readonly ConcurrentDictionary<IMethodSymbol, ControlFlowGraph?> _graphs =
        new(CacheSettings.ConcurrencyLevel, CacheSettings.Capacity, SymbolEqualityComparer.Default);

    public MethodBodies(Compilation compilation) => _compilation = compilation;

    /// <summary>
    /// The graph of the body of a method declared in the compilation's own source, or <see langword="null"/> (another
    /// project's method, read like metadata; no body; an expression the compiler cannot bind).
    /// </summary>
    public ControlFlowGraph? GraphOf(IMethodSymbol implementation, CancellationToken cancellationToken)
    {
        if (_graphs.TryGetValue(implementation, out ControlFlowGraph? known))
        {
            return known;
        }

        ControlFlowGraph? graph = Build(implementation, cancellationToken);
        return _graphs.GetOrAdd(implementation, graph);
    }

    private ControlFlowGraph? Build(IMethodSymbol implementation, CancellationToken cancellationToken)
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
