using Microsoft.CodeAnalysis;

namespace PiiAnalyzers.Flow;

/// <summary>What a rule sees of a method once its flow analysis has converged.</summary>
internal interface IFlowObserver
{
    /// <summary>
    /// Called once for every invocation, object creation and assignment through an indexer (<c>ex.Data[key] = value</c>,
    /// the call of a setter) of the method (its lambdas and local functions included), with the facts that hold just
    /// before the call, after its arguments were evaluated.
    /// </summary>
    void OnCall(IOperation call, FlowState state);

    /// <summary>
    /// Whether the observer looks at any call inside the body of a lambda or local function (its syntax): the
    /// analysis builds no graph for one it does not, unless the method declares a local function (which a nested function
    /// could call, deciding what it starts with).
    /// </summary>
    bool WatchesWithin(SyntaxNode function);
}
