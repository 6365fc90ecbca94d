using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using PiiAnalyzers.Flow;
using PiiAnalyzers.Model;
using PiiAnalyzers.Sinks;

namespace PiiAnalyzers.Analysis;

/// <summary>
/// The cheap check of one method before any control-flow graph is built, shared by the sink rules of the pass: a sink
/// may receive personal data when one of its values shows personal data by itself, or reads locals, parameters or
/// fields the method may change (<see cref="PessimisticSlots"/>) in a method that reads personal data somewhere. What
/// is computed once (whether the method reads personal data, the verdict on the possible wrappers' arguments) serves
/// every rule.
/// </summary>
internal sealed class MethodScreening
{
    private readonly PrivacyModel _model;
    private readonly OperationBlockAnalysisContext _context;
    private readonly PessimisticSlots _pessimistic;
    private bool? _readsPersonalData;
    private Verdict? _wrappers;

    public MethodScreening(PrivacyModel model, OperationBlockAnalysisContext context)
    {
        _model = model;
        _context = context;
        _pessimistic = new PessimisticSlots(context.OperationBlocks, context.OwningSymbol as IMethodSymbol, model.Evaluator);
    }

    private enum Verdict
    {
        Nothing,
        IfTheMethodReadsPersonalData,
        Direct,
    }

    /// <summary>Whether one of the rule's sinks, or a possible wrapper, may receive personal data in the method.</summary>
    public bool MayReceivePersonalData(MethodSinks sinks, int rule)
    {
        Verdict verdict = Judge(sinks.ArgumentsOf(rule));
        if (verdict != Verdict.Direct && sinks.PossibleWrappers.Count > 0)
        {
            _wrappers ??= Judge(WrapperArguments(sinks.PossibleWrappers));
            verdict = _wrappers.Value > verdict ? _wrappers.Value : verdict;
        }

        return verdict == Verdict.Direct || (verdict == Verdict.IfTheMethodReadsPersonalData && ReadsPersonalData());
    }

    private Verdict Judge(IEnumerable<SinkArgument> arguments)
    {
        // What shows personal data with no slot carrying anything shows it with every slot at its worst too, so the
        // pessimistic question comes first: most values answer no to it, and are asked nothing else.
        Verdict verdict = Verdict.Nothing;
        foreach (SinkArgument argument in arguments)
        {
            if (verdict == Verdict.Nothing && !LeakFinder.MayLeak(_model.Evaluator, argument, _pessimistic))
            {
                continue;
            }

            if (LeakFinder.MayLeak(_model.Evaluator, argument, NoCarriers.Instance))
            {
                return Verdict.Direct;
            }

            verdict = Verdict.IfTheMethodReadsPersonalData;
        }

        return verdict;
    }

    private static IEnumerable<SinkArgument> WrapperArguments(IReadOnlyList<IInvocationOperation> wrappers)
    {
        foreach (IInvocationOperation invocation in wrappers)
        {
            foreach (IArgumentOperation argument in invocation.Arguments)
            {
                yield return SinkSummaries.AsPassedOn(argument);
            }
        }
    }

    private bool ReadsPersonalData() => _readsPersonalData ??= ComputeReadsPersonalData();

    /// <summary>
    /// Whether anything in the method may bring personal data in, judged node by node, without following values (a
    /// superset of what the flow analysis can find with no local carrying anything at the start): a marked parameter, a
    /// marked member or method result, a serialized object that writes personal data, or any value whose type is marked
    /// or prints personal data (a record with such members, <c>IdentityUser</c>, a <c>ToString</c> of the project's that
    /// returns it). One dictionary lookup per node and type, instead of evaluating every node with its operands.
    /// </summary>
    private bool ComputeReadsPersonalData()
    {
        CarrierEvaluator evaluator = _model.Evaluator;
        if (_context.OwningSymbol is IMethodSymbol method &&
            evaluator.MarksAnyParameter(method.Parameters))
        {
            return true;
        }

        PersonalDataCatalog catalog = evaluator.Catalog;
        var types = new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default);
        var pending = new Stack<IOperation>();
        foreach (IOperation block in _context.OperationBlocks)
        {
            // Every node once, in any order, without the allocations of an iterator per node.
            pending.Push(block);
            while (pending.Count > 0)
            {
                IOperation operation = pending.Pop();
                foreach (IOperation child in operation.ChildOperations)
                {
                    pending.Push(child);
                }

                switch (operation)
                {
                    case IMemberReferenceOperation member when catalog.MarkedMember(member.Member) is not null:
                        return true;
                    case IPropertyReferenceOperation { Arguments.IsEmpty: false } indexer when catalog.KeyedSource(indexer.Property, indexer.Arguments) is not null:
                        return true; // Request.Headers["User-Agent"]
                    case IMemberReferenceOperation { Instance: null or IInstanceReferenceOperation } kept when evaluator.OwnResults.KeptIn(kept.Member) is not null:
                        return true; // a field the type's other methods assign personal data
                    case IPropertyReferenceOperation { Property.GetMethod: { } getter } when evaluator.OwnResults.ReturnedBy(getter) is not null:
                        return true; // CurrentUserEmail
                    case ILocalFunctionOperation { Symbol: var function } when MarksAParameter(evaluator, function):
                        return true;
                    case IAnonymousFunctionOperation { Symbol: var lambda } when MarksAParameter(evaluator, lambda):
                        return true;
                    case IInvocationOperation invocation when evaluator.DeclaredResult(invocation) is not null ||
                        (ContentPreservingCalls.SerializerOf(invocation.TargetMethod) is { } serializer && invocation.Arguments.Length > 0 &&
                         evaluator.Rendering.WhenSerialized(CarrierEvaluator.UnconvertedType(invocation.Arguments[0].Value), serializer) is not null):
                        return true;
                }

                if (operation.Type is { } type && catalog.MarkedType(type) is not null)
                {
                    return true;
                }

                // What an object prints counts where it is turned into text (a hole, a concatenation, an argument, a
                // ToString receiver, an element of a composed value): a sink that receives the object itself is judged
                // by the object's type already.
                if (operation.Type is { } printed && IsTurnedIntoText(operation) && types.Add(printed) &&
                    evaluator.Rendering.WhenPrinted(printed, elementwise: false) is not null)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether a local function or lambda starts with a parameter that carries personal data (marked, or of a marked type).</summary>
    private static bool MarksAParameter(CarrierEvaluator evaluator, IMethodSymbol function) =>
        evaluator.MarksAnyParameter(function.Parameters);

    /// <summary>Whether the value's parent (through implicit conversions) may turn it into text or compose it into a value.</summary>
    private static bool IsTurnedIntoText(IOperation operation)
    {
        IOperation child = operation;
        IOperation? parent = operation.Parent;
        while (parent is IConversionOperation { IsImplicit: true } conversion)
        {
            child = conversion;
            parent = conversion.Parent;
        }

        return parent is IInterpolationOperation or IBinaryOperation or ICompoundAssignmentOperation or IArgumentOperation or
            IArrayInitializerOperation or ITupleOperation or IAnonymousObjectCreationOperation or IReturnOperation or
            IObjectOrCollectionInitializerOperation ||
            (parent is IInvocationOperation invocation && invocation.Instance == child);
    }
}
