using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PiiAnalyzers.Configuration;
using PiiAnalyzers.Model;

namespace PiiAnalyzers.Flow;

/// <summary>
/// The forward flow analysis of one method body over Roslyn's control-flow graphs: a worklist fixpoint over
/// basic blocks, joining states where paths merge, run for the body and then for each lambda (starting from
/// the state where it is created) and local function (starting from the join of its call sites). Bounded: past
/// <see cref="MaxBlockVisits"/> the method is given up and nothing is reported for it.
/// </summary>
internal sealed class MethodFlowAnalysis
{
    /// <summary>How many basic-block visits one method (its lambdas and local functions included) may take.</summary>
    public const int MaxBlockVisits = 25_000;

    private readonly CarrierEvaluator _evaluator;
    private readonly IFlowObserver _observer;
    private readonly SyntaxNode _root;
    private readonly CancellationToken _cancellationToken;
    private bool? _declaresLocalFunctions;
    private readonly List<GraphFacts> _graphs = new();
    private readonly Dictionary<ControlFlowGraph, GraphFacts> _factsByGraph = new();
    private readonly Queue<GraphFacts> _pending = new();
    private readonly Dictionary<IMethodSymbol, ControlFlowGraph> _localFunctions = new(SymbolEqualityComparer.Default);
    private int _blockVisits;

    private MethodFlowAnalysis(CarrierEvaluator evaluator, IFlowObserver observer, SyntaxNode root, CancellationToken cancellationToken)
    {
        _evaluator = evaluator;
        _observer = observer;
        _root = root;
        _cancellationToken = cancellationToken;
    }

    /// <summary>
    /// Analyses the body and, once every graph has converged, shows each call with its state to the observer.
    /// Returns <see langword="false"/> (and shows nothing) when the method exceeds the bound.
    /// </summary>
    public static bool Run(ControlFlowGraph body, FlowState entry, CarrierEvaluator evaluator, IFlowObserver observer, CancellationToken cancellationToken) =>
        Run(body, entry, evaluator, observer, cancellationToken, out _);

    /// <summary>As <see cref="Run(ControlFlowGraph, FlowState, CarrierEvaluator, IFlowObserver, CancellationToken)"/>, with the block visits it took.</summary>
    public static bool Run(ControlFlowGraph body, FlowState entry, CarrierEvaluator evaluator, IFlowObserver observer, CancellationToken cancellationToken, out int blockVisits)
    {
        var analysis = new MethodFlowAnalysis(evaluator, observer, body.OriginalOperation.Syntax, cancellationToken);
        analysis.Enter(body, entry);
        bool converged = analysis.Converge();
        blockVisits = analysis._blockVisits;
        if (!converged)
        {
            return false;
        }

        foreach (GraphFacts facts in analysis._graphs)
        {
            analysis.Walk(facts, observer);
        }

        return true;
    }

    private bool Converge()
    {
        while (true)
        {
            while (_pending.Count > 0)
            {
                GraphFacts facts = _pending.Dequeue();
                facts.Queued = false;
                if (!Fixpoint(facts))
                {
                    return false;
                }

                if (facts.HasNested)
                {
                    // Only a graph that creates lambdas or uses local functions has entries to collect.
                    Walk(facts, observer: null);
                }
            }

            // Local functions that are never called (or only from code the analysis never reached) still run.
            bool enteredAny = false;
            foreach (KeyValuePair<IMethodSymbol, ControlFlowGraph> localFunction in _localFunctions)
            {
                if (!_factsByGraph.ContainsKey(localFunction.Value))
                {
                    Enter(localFunction.Value, _evaluator.WithParameters(FlowState.Empty, localFunction.Key.Parameters));
                    enteredAny = true;
                }
            }

            if (!enteredAny)
            {
                return true;
            }
        }
    }

    /// <summary>Starts (or widens) the analysis of a graph from a state; re-runs it when the state grew.</summary>
    private void Enter(ControlFlowGraph graph, FlowState entry)
    {
        if (!_factsByGraph.TryGetValue(graph, out GraphFacts? facts))
        {
            facts = new GraphFacts(graph, entry);
            _factsByGraph.Add(graph, facts);
            _graphs.Add(facts);
            foreach (IMethodSymbol localFunction in graph.LocalFunctions)
            {
                if (Watched(localFunction))
                {
                    _localFunctions[localFunction] = graph.GetLocalFunctionControlFlowGraph(localFunction, _cancellationToken);
                }
            }
        }
        else
        {
            FlowState joined = facts.Entry.Join(entry);
            if (joined.SameAs(facts.Entry))
            {
                return;
            }

            facts.Entry = joined;
        }

        if (!facts.Queued)
        {
            facts.Queued = true;
            _pending.Enqueue(facts);
        }
    }

    private bool Fixpoint(GraphFacts facts)
    {
        ImmutableBlocks blocks = new(facts.Graph);
        var entries = new FlowState?[blocks.Count];
        var queued = new bool[blocks.Count];
        var worklist = new Queue<int>();
        entries[0] = facts.Entry;
        worklist.Enqueue(0);
        queued[0] = true;

        void Propagate(BasicBlock? destination, FlowState state)
        {
            if (destination is null)
            {
                return;
            }

            int ordinal = destination.Ordinal;
            FlowState? existing = entries[ordinal];
            FlowState merged = existing is null ? state : existing.Join(state);
            if (existing is not null && merged.SameAs(existing))
            {
                return;
            }

            entries[ordinal] = merged;
            if (!queued[ordinal])
            {
                queued[ordinal] = true;
                worklist.Enqueue(ordinal);
            }
        }

        while (worklist.Count > 0)
        {
            if (++_blockVisits > MaxBlockVisits)
            {
                return false;
            }

            _cancellationToken.ThrowIfCancellationRequested();
            int ordinal = worklist.Dequeue();
            queued[ordinal] = false;
            BasicBlock block = blocks[ordinal];
            FlowState before = entries[ordinal]!;
            FlowState after = new BlockWalker(this, facts, before, observer: null, collect: false).WalkBlock(block);

            foreach (int handler in blocks.HandlersOf(ordinal))
            {
                // An exception may leave the block anywhere: the handler sees what held before and after it.
                Propagate(blocks[handler], before.Join(after));
            }

            if (block.BranchValue is { } condition && block.ConditionKind != ControlFlowConditionKind.None)
            {
                // The branch taken when the condition is true knows what a true answer says, the other branch
                // what a false one says: if (check) { … }, if (!check) return;, stored checks, && and ||.
                ConsentCondition says = _evaluator.Conditions.Of(condition, after);
                bool jumpsWhenTrue = block.ConditionKind == ControlFlowConditionKind.WhenTrue;
                Propagate(block.ConditionalSuccessor?.Destination, after.WithConsent(jumpsWhenTrue ? says.WhenTrue : says.WhenFalse));
                Propagate(block.FallThroughSuccessor?.Destination, after.WithConsent(jumpsWhenTrue ? says.WhenFalse : says.WhenTrue));
            }
            else
            {
                Propagate(block.ConditionalSuccessor?.Destination, after);
                Propagate(block.FallThroughSuccessor?.Destination, after);
            }
        }

        facts.BlockEntries = entries;
        return true;
    }

    /// <summary>Whether the observer looks at a call in the local function: the others need no graph.</summary>
    private bool Watched(IMethodSymbol localFunction) =>
        localFunction.DeclaringSyntaxReferences.IsEmpty || Watched(localFunction.DeclaringSyntaxReferences[0].GetSyntax(_cancellationToken));

    /// <summary>
    /// Whether a lambda or local function needs its graph: the observer looks at a call in it, or the method declares a
    /// local function, which a nested function may call and so decide what it starts with (a lambda that passes
    /// <c>c.Email</c> to a local function that logs it). A nested function of a method without local functions keeps
    /// what it does to itself, and the others get no graph.
    /// </summary>
    private bool Watched(SyntaxNode function) =>
        _observer.WatchesWithin(function) ||
        (_declaresLocalFunctions ??= _root.DescendantNodes().Any(node => node is LocalFunctionStatementSyntax));

    /// <summary>Walks every reached block once with its converged state: collects entries of lambdas and local functions, or reports.</summary>
    private void Walk(GraphFacts facts, IFlowObserver? observer)
    {
        FlowState?[] entries = facts.BlockEntries;
        for (int ordinal = 0; ordinal < entries.Length; ordinal++)
        {
            if (entries[ordinal] is { } state)
            {
                new BlockWalker(this, facts, state, observer, collect: observer is null).WalkBlock(facts.Graph.Blocks[ordinal]);
            }
        }
    }

    private sealed class GraphFacts
    {
        public GraphFacts(ControlFlowGraph graph, FlowState entry)
        {
            Graph = graph;
            Entry = entry;
        }

        public ControlFlowGraph Graph { get; }

        public FlowState Entry { get; set; }

        public FlowState?[] BlockEntries { get; set; } = System.Array.Empty<FlowState?>();

        public bool Queued { get; set; }

        /// <summary>Whether the graph creates a lambda or calls or references a local function (seen by the fixpoint's walks).</summary>
        public bool HasNested { get; set; }

        /// <summary>
        /// The slots the graph's captures hold a reference to: <c>x ??= v</c> and <c>x?.Append(v)</c> are lowered into a
        /// capture of <c>x</c> that is then assigned or called, and what is written through the capture goes into <c>x</c>.
        /// </summary>
        public Dictionary<CaptureId, List<FlowSlot>> CapturedSlots { get; } = new();

        /// <summary>The captures of an indexer the graph assigns later (<c>ex.Data[k] = a ?? b</c> assigns the capture of <c>ex.Data[k]</c>).</summary>
        public HashSet<CaptureId> IndexerCaptures { get; } = new();
    }

    /// <summary>The transfer function: one post-order walk over the operations of a block.</summary>
    private sealed class BlockWalker
    {
        private readonly MethodFlowAnalysis _analysis;
        private readonly GraphFacts _facts;
        private readonly IFlowObserver? _observer;
        private readonly bool _collect;
        private FlowState _state;

        public BlockWalker(MethodFlowAnalysis analysis, GraphFacts facts, FlowState state, IFlowObserver? observer, bool collect)
        {
            _analysis = analysis;
            _facts = facts;
            _state = state;
            _observer = observer;
            _collect = collect;
        }

        private CarrierEvaluator Evaluator => _analysis._evaluator;

        public FlowState WalkBlock(BasicBlock block)
        {
            foreach (IOperation operation in block.Operations)
            {
                Visit(operation);
            }

            if (block.BranchValue is { } branchValue)
            {
                Visit(branchValue);
            }

            return _state;
        }

        private void Visit(IOperation operation)
        {
            if (operation is IFlowAnonymousFunctionOperation lambda)
            {
                EnterLambda(lambda, parameterCarrier: null);
                return;
            }

            foreach (IOperation child in operation.ChildOperations)
            {
                Visit(child);
            }

            switch (operation)
            {
                case IInvocationOperation invocation:
                    _observer?.OnCall(invocation, _state);
                    Invoked(invocation);
                    break;
                case IObjectCreationOperation creation:
                    _observer?.OnCall(creation, _state);
                    break;
                case IFlowCaptureOperation capture:
                    if (capture.Value is IPropertyReferenceOperation { Property.IsIndexer: true })
                    {
                        _facts.IndexerCaptures.Add(capture.Id);
                    }

                    _state = _state.WithCarrier(FlowSlot.For(capture.Id), Evaluator.Evaluate(capture.Value, _state))
                        .WithCondition(FlowSlot.For(capture.Id), Remembered(capture.Value))
                        .WithObjectOf(FlowSlot.For(capture.Id), SlotOf(capture.Value));
                    if (FlowSlot.TryGet(capture.Value, out FlowSlot captured))
                    {
                        // One capture may stand for a slot on each arm of a conditional ((c ? a : b) ??= v).
                        if (!_facts.CapturedSlots.TryGetValue(capture.Id, out List<FlowSlot>? slots))
                        {
                            _facts.CapturedSlots[capture.Id] = slots = new List<FlowSlot>(1);
                        }

                        if (!slots.Contains(captured))
                        {
                            slots.Add(captured);
                        }
                    }

                    break;
                case ISimpleAssignmentOperation assignment:
                    if (assignment.Target is IPropertyReferenceOperation { Property.IsIndexer: true } ||
                        (assignment.Target is IFlowCaptureReferenceOperation target && _facts.IndexerCaptures.Contains(target.Id)))
                    {
                        _observer?.OnCall(assignment, _state); // ex.Data[key] = value: a setter's call
                    }

                    Assign(assignment.Target, Evaluator.Evaluate(assignment.Value, _state), strong: true);
                    if (FlowSlot.TryGet(assignment.Target, out FlowSlot assigned))
                    {
                        _state = _state.WithCondition(assigned, Remembered(assignment.Value)).WithObjectOf(assigned, SlotOf(assignment.Value));
                    }
                    else if (assignment.Target is IMemberReferenceOperation { Member: IFieldSymbol or IPropertySymbol { IsIndexer: false } } member)
                    {
                        // admin.Email = "admin@contoso.com" (an object initializer's too, on the graph's capture of the object);
                        // order.Buyer.Email = x: the member of whichever object that is may have changed.
                        _state = FlowSlot.TryGet(member.Instance, out FlowSlot holder) && ConstantData.Is(assignment.Value)
                            ? _state.WithConstantMember(holder, member.Member)
                            : _state.WithMemberWritten(member.Member);
                    }

                    break;
                case ICompoundAssignmentOperation compound:
                    Assign(compound.Target, Evaluator.EvaluateAsText(compound.Value, _state), strong: false);
                    MemberWritten(compound.Target);
                    break;
                case ICoalesceAssignmentOperation coalesce:
                    Assign(coalesce.Target, Evaluator.Evaluate(coalesce.Value, _state), strong: false);
                    MemberWritten(coalesce.Target);
                    break;
                case IDeconstructionAssignmentOperation deconstruction:
                    Deconstruct(deconstruction.Target, deconstruction.Value);
                    break;
                case IIsPatternOperation { Pattern: IDeclarationPatternOperation { DeclaredSymbol: { } declared } } pattern:
                    _state = _state.WithCarrier(FlowSlot.For(declared), Evaluator.Evaluate(pattern.Value, _state));
                    break;
                case IAwaitOperation awaited when Evaluator.Conditions.AwaitedCheck(awaited, CheckShape.Returns) is { } check:
                    // await EnsureConsentAsync(…): the awaited task completes only with consent.
                    _state = _state.WithConsent(Evaluator.Conditions.Catalog.Checked(check));
                    break;
                case IMethodReferenceOperation { Method.MethodKind: MethodKind.LocalFunction } reference:
                    EnterLocalFunction(reference.Method, arguments: null);
                    break;
            }
        }

        private void Assign(IOperation target, PersonalDataOrigin? origin, bool strong)
        {
            if (target is IFlowCaptureReferenceOperation reference && _facts.CapturedSlots.TryGetValue(reference.Id, out List<FlowSlot>? captured))
            {
                // x ??= v: the graph assigns the capture of x, which stands for x (for one of several slots: each may be it).
                foreach (FlowSlot aliased in captured)
                {
                    _state = strong && captured.Count == 1 ? _state.WithCarrier(aliased, origin) : _state.WithAddedCarrier(aliased, origin);
                }

                return;
            }

            if (FlowSlot.TryGet(target, out FlowSlot slot))
            {
                _state = strong ? _state.WithCarrier(slot, origin) : _state.WithAddedCarrier(slot, origin);
                return;
            }

            // dictionary[key] = value, array[i] = value, request.Content = content: the container now holds the value.
            IOperation? container = target switch
            {
                IPropertyReferenceOperation { Property.IsIndexer: true } indexer => indexer.Instance,
                IArrayElementReferenceOperation element => element.ArrayReference,
                IPropertyReferenceOperation { Instance: { } owner } when ContentPreservingCalls.IsHttpMessage(owner.Type) => StorageRoot(owner),
                _ => null,
            };
            if (container is not null && FlowSlot.TryGet(container, out FlowSlot containerSlot))
            {
                _state = _state.WithAddedCarrier(containerSlot, origin);
            }
        }

        /// <summary>A member written with something not known to be constant (<c>c.Email += x</c>, <c>(c.Email, _) = …</c>).</summary>
        private void MemberWritten(IOperation target)
        {
            if (target is IMemberReferenceOperation { Member: IFieldSymbol or IPropertySymbol } member)
            {
                _state = _state.WithMemberWritten(member.Member);
            }
        }

        /// <summary>
        /// What a call may have written of the objects it was given: an object passed by <c>ref</c> or <c>out</c> is another;
        /// an object whose own method runs (<c>customer.ChangeEmail(x)</c>) or that a call fills (<c>mapper.Map(dto, customer)</c>,
        /// <c>TryUpdateModelAsync(model)</c>, <c>JsonConvert.PopulateObject(json, target)</c>) may hold anything in its members.
        /// A call that only reads what it is given (<c>CreateAsync(admin)</c>, <c>Add(entity)</c>) keeps them.
        /// </summary>
        private void ObjectsChangedBy(IInvocationOperation invocation)
        {
            if (!_state.KnowsConstants)
            {
                return;
            }

            IMethodSymbol method = invocation.TargetMethod;
            IOperation? receiver = invocation.Instance ??
                (method.IsExtensionMethod && invocation.Arguments.Length > 0 ? invocation.Arguments[0].Value : null);
            if (receiver is not null && FlowSlot.TryGet(CarrierEvaluator.Unconverted(receiver), out FlowSlot self) && !ConstantData.OnlyReads(method))
            {
                // customer.ChangeEmail(x), customer.Anonymize(real) (an extension's receiver is its first argument).
                _state = _state.WithObjectChanged(self);
            }

            bool fills = ConstantData.Fills(method);
            foreach (IArgumentOperation argument in invocation.Arguments)
            {
                if (argument.Parameter is not { } parameter || !FlowSlot.TryGet(CarrierEvaluator.Unconverted(argument.Value), out FlowSlot given))
                {
                    continue;
                }

                if (parameter.RefKind is RefKind.Ref or RefKind.Out)
                {
                    _state = _state.WithObjectOf(given, null);
                }
                else if (fills)
                {
                    _state = _state.WithObjectChanged(given);
                }
            }
        }

        /// <summary>The slot a value is read from (<c>admin</c> in <c>user = admin</c>), through conversions.</summary>
        private static FlowSlot? SlotOf(IOperation value) => FlowSlot.TryGet(CarrierEvaluator.Unconverted(value), out FlowSlot slot) ? slot : null;

        private void Deconstruct(IOperation target, IOperation value)
        {
            if (target is IDeclarationExpressionOperation declaration)
            {
                target = declaration.Expression;
            }

            if (target is not ITupleOperation targets)
            {
                Assign(target, Evaluator.Evaluate(value, _state), strong: true);
                MemberWritten(target);
                if (FlowSlot.TryGet(target, out FlowSlot written))
                {
                    _state = _state.WithObjectOf(written, null);
                }

                return;
            }

            ITupleOperation? values = value as ITupleOperation;
            for (int i = 0; i < targets.Elements.Length; i++)
            {
                IOperation element = targets.Elements[i];
                if (values is not null && i < values.Elements.Length)
                {
                    Deconstruct(element, values.Elements[i]);
                }
                else
                {
                    IOperation written = element is IDeclarationExpressionOperation d ? d.Expression : element;
                    Assign(written, Evaluator.Evaluate(value, _state), strong: true);
                    MemberWritten(written);
                    if (FlowSlot.TryGet(written, out FlowSlot slot))
                    {
                        _state = _state.WithObjectOf(slot, null);
                    }
                }
            }
        }

        /// <summary>
        /// What a <c>bool</c> stored now will say about consent when it is tested later: the value's own condition
        /// together with the consent that holds here (<c>var ok = a &amp;&amp; b</c> is lowered into branches, and
        /// the capture made on <c>a</c>'s true branch remembers <c>a</c>).
        /// </summary>
        private ConsentCondition Remembered(IOperation value) =>
            value.Type?.SpecialType == SpecialType.System_Boolean
                ? Evaluator.Conditions.Of(value, _state) is { IsUnknown: false } condition ? condition.With(_state.Consent) : ConsentCondition.Unknown
                : ConsentCondition.Unknown;

        /// <summary>
        /// What returning from a call says about consent: a void consent check returns only with consent, a
        /// <c>[DoesNotReturnIf(false)]</c> guard (<c>Debug.Assert(check)</c>) only when its argument is true, and a
        /// <c>[DoesNotReturn]</c> call never.
        /// </summary>
        private void Guarded(IInvocationOperation invocation)
        {
            ConsentCatalog consent = Evaluator.Conditions.Catalog;
            IMethodSymbol method = invocation.TargetMethod;
            if (consent.ShapeOf(method) == CheckShape.Returns && method.ReturnsVoid)
            {
                // A Task check proves nothing until it is awaited (see Visit).
                _state = _state.WithConsent(consent.Checked(invocation));
            }

            if (consent.NeverReturns(method))
            {
                _state = _state.WithConsent(PurposeSet.All);
            }

            foreach (IArgumentOperation argument in invocation.Arguments)
            {
                if (argument.Parameter is { Type.SpecialType: SpecialType.System_Boolean } parameter && ConsentCatalog.DoesNotReturnIf(parameter) is { } stopsWhen)
                {
                    ConsentCondition says = Evaluator.Conditions.Of(argument.Value, _state);
                    _state = _state.WithConsent(stopsWhen ? says.WhenFalse : says.WhenTrue);
                }
            }
        }

        private void Invoked(IInvocationOperation invocation)
        {
            IMethodSymbol method = invocation.TargetMethod;
            if (method.MethodKind == MethodKind.LocalFunction)
            {
                EnterLocalFunction(method, invocation.Arguments);
            }

            Guarded(invocation);
            ObjectsChangedBy(invocation);

            IOperation? receiver = invocation.Instance ?? (method.IsExtensionMethod && invocation.Arguments.Length > 0 ? invocation.Arguments[0].Value : null);
            PersonalDataOrigin? receiverCarrier = receiver is null ? null : Evaluator.Evaluate(receiver, _state);

            if (receiver is not null && FlowSlot.TryGet(StorageRoot(receiver), out FlowSlot receiverSlot) &&
                ContentPreservingCalls.IsContainer(receiver.Type) && ContentPreservingCalls.StoresArgumentsInReceiver(method))
            {
                // builder?.Append(v): the graph calls the capture of builder, which holds the same object.
                List<FlowSlot> stores = StorageRoot(receiver) is IFlowCaptureReferenceOperation reference &&
                    _facts.CapturedSlots.TryGetValue(reference.Id, out List<FlowSlot>? captured)
                    ? captured
                    : new List<FlowSlot>(1) { receiverSlot };
                foreach (IArgumentOperation argument in invocation.Arguments)
                {
                    if (argument.Value != receiver)
                    {
                        PersonalDataOrigin? stored = Evaluator.EvaluateAsText(argument.Value, _state);
                        foreach (FlowSlot slot in stores)
                        {
                            _state = _state.WithAddedCarrier(slot, stored);
                        }
                    }
                }
            }

            foreach (IArgumentOperation argument in invocation.Arguments)
            {
                IFlowAnonymousFunctionOperation? lambda = argument.Value switch
                {
                    IDelegateCreationOperation { Target: IFlowAnonymousFunctionOperation created } => created,
                    IFlowAnonymousFunctionOperation direct => direct,
                    _ => null,
                };
                if (lambda is not null)
                {
                    // items.ForEach(item => ...): the lambda's parameters are the collection's elements.
                    EnterLambda(lambda, receiverCarrier);
                }
                else if (argument.Parameter?.RefKind is RefKind.Out or RefKind.Ref &&
                         FlowSlot.TryGet(argument.Value is IDeclarationExpressionOperation declaration ? declaration.Expression : argument.Value, out FlowSlot written))
                {
                    // dictionary.TryGetValue(key, out value): what comes out of a carrier carries its data.
                    _state = argument.Parameter.RefKind == RefKind.Out
                        ? _state.WithCarrier(written, receiverCarrier)
                        : _state.WithAddedCarrier(written, receiverCarrier);
                }
            }
        }

        /// <summary>
        /// Where what is put into a receiver ends up: <c>builder.Append(a).Append(b)</c> returns its receiver, so
        /// <c>b</c> goes into <c>builder</c>; <c>request.Headers.Add(…)</c> goes into <c>request</c>.
        /// </summary>
        private static IOperation StorageRoot(IOperation receiver)
        {
            while (true)
            {
                switch (receiver)
                {
                    case IInvocationOperation { Instance: { } instance } fluent when SymbolEqualityComparer.Default.Equals(fluent.Type, instance.Type):
                        receiver = instance;
                        continue;
                    case IPropertyReferenceOperation { Instance: { } owner } when ContentPreservingCalls.IsHttpMessage(owner.Type):
                        receiver = owner;
                        continue;
                    default:
                        return receiver;
                }
            }
        }

        private void EnterLambda(IFlowAnonymousFunctionOperation lambda, PersonalDataOrigin? parameterCarrier)
        {
            _facts.HasNested = true;
            Evaluator.Functions.Learn(lambda, _facts.Graph, _analysis._cancellationToken);
            if (!_collect)
            {
                return;
            }

            if (!_analysis.Watched(lambda.Syntax))
            {
                return; // no call the observer looks at, and no local function it could call: it needs no graph
            }

            FlowState entry = Evaluator.WithParameters(_state, lambda.Symbol.Parameters);
            if (parameterCarrier is not null)
            {
                foreach (IParameterSymbol parameter in lambda.Symbol.Parameters)
                {
                    entry = entry.WithAddedCarrier(FlowSlot.For(parameter), parameterCarrier);
                }
            }

            _analysis.Enter(_facts.Graph.GetAnonymousFunctionControlFlowGraph(lambda, _analysis._cancellationToken), entry);
        }

        private void EnterLocalFunction(IMethodSymbol localFunction, System.Collections.Immutable.ImmutableArray<IArgumentOperation>? arguments)
        {
            _facts.HasNested = true;
            IMethodSymbol definition = localFunction.OriginalDefinition;
            if (!_collect || !_analysis._localFunctions.TryGetValue(definition, out ControlFlowGraph? graph))
            {
                return;
            }

            FlowState entry = Evaluator.WithParameters(_state, definition.Parameters);
            if (arguments is { } passed)
            {
                foreach (IArgumentOperation argument in passed)
                {
                    if (argument.Parameter is { } parameter && parameter.Ordinal < definition.Parameters.Length)
                    {
                        entry = entry.WithAddedCarrier(FlowSlot.For(definition.Parameters[parameter.Ordinal]), Evaluator.Evaluate(argument.Value, _state));
                    }
                }
            }

            _analysis.Enter(graph, entry);
        }
    }

    /// <summary>The blocks of a graph, with the exception handlers each block's exceptions can reach.</summary>
    private readonly struct ImmutableBlocks
    {
        private readonly ControlFlowGraph _graph;
        private readonly List<int>?[] _handlers;

        public ImmutableBlocks(ControlFlowGraph graph)
        {
            _graph = graph;
            _handlers = new List<int>?[graph.Blocks.Length];
            for (int ordinal = 0; ordinal < graph.Blocks.Length; ordinal++)
            {
                // A lambda's or local function's graph nests in its parent's regions: stop at the graph's own root.
                for (ControlFlowRegion? region = graph.Blocks[ordinal].EnclosingRegion; region is not null && region != graph.Root; region = region.EnclosingRegion)
                {
                    if (region.Kind != ControlFlowRegionKind.Try || region.EnclosingRegion is not { } tryStatement)
                    {
                        continue;
                    }

                    foreach (ControlFlowRegion handler in tryStatement.NestedRegions)
                    {
                        if (handler != region)
                        {
                            (_handlers[ordinal] ??= new List<int>()).Add(handler.FirstBlockOrdinal);
                        }
                    }
                }
            }
        }

        public int Count => _graph.Blocks.Length;

        public BasicBlock this[int ordinal] => _graph.Blocks[ordinal];

        public IEnumerable<int> HandlersOf(int ordinal) => _handlers[ordinal] ?? (IEnumerable<int>)System.Array.Empty<int>();
    }
}
