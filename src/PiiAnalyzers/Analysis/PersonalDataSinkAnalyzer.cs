using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PiiAnalyzers.Configuration;
using PiiAnalyzers.Consent;
using PiiAnalyzers.Flow;
using PiiAnalyzers.Markers;
using PiiAnalyzers.Rules;
using PiiAnalyzers.Sinks;

namespace PiiAnalyzers.Analysis;

/// <summary>
/// The shared shape of the rules that follow personal data to a sink (logs, serializers, third parties,
/// exceptions). A rule supplies its descriptor, its sink catalog and the consent purpose its sinks need; this
/// class does the rest, the same way for every rule:
/// <list type="number">
/// <item>nothing is registered for a compilation with no marker attribute or no sink of the rule;</item>
/// <item>per method, an operation action collects the calls that are sinks (cheap);</item>
/// <item>only where a sink may receive personal data is the control-flow graph built and the flow analysis run;</item>
/// <item>every value the sink emits that carries personal data is reported at the expression that brings it in.</item>
/// </list>
/// </summary>
public abstract class PersonalDataSinkAnalyzer : DiagnosticAnalyzer
{
    private protected PersonalDataSinkAnalyzer()
    {
    }

    /// <summary>The rule this analyzer reports.</summary>
    protected abstract DiagnosticDescriptor Rule { get; }

    /// <summary>The consent purpose that makes the rule's sinks acceptable, unless a sink names its own.</summary>
    private protected abstract Purpose Purpose { get; }

    /// <summary>
    /// Whether calls to a <c>[RequiresConsent(purpose)]</c> member are this rule's sinks: every rule owns its own
    /// purpose; the third-party rule owns the purposes no other rule does.
    /// </summary>
    private protected virtual bool OwnsPurpose(Purpose purpose) => purpose == Purpose;

    /// <inheritdoc/>
    public sealed override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    /// <inheritdoc/>
    public sealed override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private protected abstract SinkCatalog CreateSinkCatalog(Compilation compilation, PrivacyConfiguration configuration);

    private void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        if (PrivacyModel.For(context.Compilation, context.Options, context.CancellationToken) is not { } model)
        {
            return;
        }

        SinkCatalog sinks = CreateSinkCatalog(context.Compilation, model.Configuration);
        if (sinks.IsEmpty)
        {
            return;
        }

        var rule = new RuleRun(this, model, sinks, new SinkSummaries(context.Compilation, model, sinks, Purpose));
        context.RegisterOperationBlockStartAction(rule.OnMethodStart);
    }

    /// <summary>One rule over one compilation.</summary>
    private sealed class RuleRun
    {
        private readonly PersonalDataSinkAnalyzer _analyzer;
        private readonly PrivacyModel _model;
        private readonly SinkCatalog _sinks;
        private readonly SinkSummaries _summaries;
        private readonly ImmutableDictionary<string, string?> _properties;

        public RuleRun(PersonalDataSinkAnalyzer analyzer, PrivacyModel model, SinkCatalog sinks, SinkSummaries summaries)
        {
            _analyzer = analyzer;
            _model = model;
            _sinks = sinks;
            _summaries = summaries;
            _properties = ImmutableDictionary<string, string?>.Empty;
        }

        public void OnMethodStart(OperationBlockStartAnalysisContext context)
        {
            var calls = new CandidateCalls();
            context.RegisterOperationAction(
                call =>
                {
                    if (RecognizeDeclared(call.Operation) is { } sink)
                    {
                        calls.AddSink(call.Operation, sink);
                    }
                    else if (call.Operation is IInvocationOperation invocation && _summaries.IsSummarizable(invocation.TargetMethod))
                    {
                        calls.AddPossibleWrapper(invocation);
                    }
                },
                OperationKind.Invocation,
                OperationKind.ObjectCreation);
            context.RegisterOperationBlockEndAction(end => OnMethodEnd(end, calls));
        }

        private void OnMethodEnd(OperationBlockAnalysisContext context, CandidateCalls calls)
        {
            if (calls.IsEmpty || !AnySinkMayReceivePersonalData(context, calls))
            {
                return;
            }

            var reporter = new Reporter(this, context, calls.Syntax);
            var analyzedRoots = new HashSet<IOperation>();
            foreach (IOperation block in context.OperationBlocks)
            {
                // A body's blocks (statement body, expression body) share one root and one graph.
                IOperation root = block;
                while (root.Parent is { } parent)
                {
                    root = parent;
                }

                if (root.Kind is not (OperationKind.MethodBody or OperationKind.ConstructorBody or OperationKind.FieldInitializer or
                        OperationKind.PropertyInitializer or OperationKind.ParameterInitializer) ||
                    !analyzedRoots.Add(root))
                {
                    continue;
                }

                ControlFlowGraph graph = context.GetControlFlowGraph(block);
                MethodFlowAnalysis.Run(graph, EntryState(context.OwningSymbol), _model.Evaluator, reporter, context.CancellationToken);
            }
        }

        /// <summary>
        /// The sink a call is by declaration: one of the rule's built-in sinks, or a member marked
        /// <c>[RequiresConsent]</c> for the rule's purpose, which needs that consent for whatever personal data it
        /// is given (a value, or an object with personal-data members).
        /// </summary>
        private SinkCall? RecognizeDeclared(IOperation call)
        {
            if (_sinks.Recognize(call) is { } sink)
            {
                return sink;
            }

            (IMethodSymbol? target, ImmutableArray<IArgumentOperation> arguments) = call switch
            {
                IInvocationOperation invocation => (invocation.TargetMethod, invocation.Arguments),
                IObjectCreationOperation { Constructor: { } constructor } creation => (constructor, creation.Arguments),
                _ => (null, ImmutableArray<IArgumentOperation>.Empty),
            };

            if (target is null || arguments.IsEmpty || OwnedPurpose(_model.Consent.RequiredBy(target)) is not { } purpose)
            {
                return null;
            }

            var values = ImmutableArray.CreateBuilder<SinkArgument>(arguments.Length);
            foreach (IArgumentOperation argument in arguments)
            {
                values.Add(new SinkArgument(argument.Value, Rendering.Destructured));
            }

            string name = target.MethodKind == MethodKind.Constructor ? target.ContainingType.Name
                : target.IsStatic && !target.IsExtensionMethod ? target.ContainingType.Name + "." + target.Name
                : target.Name;
            return new SinkCall(name, default, values.MoveToImmutable(), purpose);
        }

        /// <summary>The first of the purposes a member requires that this rule owns.</summary>
        private Purpose? OwnedPurpose(PurposeSet required)
        {
            for (Purpose purpose = Purpose.ThirdPartySharing; purpose <= Purpose.CrossBorderTransfer; purpose++)
            {
                if (required.Contains(purpose) && _analyzer.OwnsPurpose(purpose))
                {
                    return purpose;
                }
            }

            return null;
        }

        /// <summary>
        /// The properties the fix that hides a member from its serializer needs, when the leak is such a member: the
        /// serializer, the member's documentation-comment id, and the attribute to add or remove.
        /// </summary>
        private ImmutableDictionary<string, string?> WithWrittenMember(ImmutableDictionary<string, string?> properties, Leak leak)
        {
            if (leak.Serializer is not { } serializer || leak.Origin.Member is not { } written ||
                _model.Rendering.Hiding(written, serializer) is not { } hiding)
            {
                return properties;
            }

            ISymbol declared = written is IFieldSymbol { AssociatedSymbol: IPropertySymbol property } ? property : written;
            if (declared.OriginalDefinition.GetDocumentationCommentId() is not { } id)
            {
                return properties;
            }

            string by = hiding.Remove ? IgnoreByValues.Remove : hiding.OnBackingField ? IgnoreByValues.AddToBackingField : IgnoreByValues.Add;
            return properties
                .Add(DiagnosticPropertyNames.Serializer, NameOf(serializer))
                .Add(DiagnosticPropertyNames.Member, id)
                .Add(DiagnosticPropertyNames.IgnoreAttribute, hiding.Attribute)
                .Add(DiagnosticPropertyNames.IgnoreBy, by);
        }

        private static string NameOf(Serializer serializer) => serializer switch
        {
            Serializer.SystemTextJson => SerializerNames.SystemTextJson,
            Serializer.NewtonsoftJson => SerializerNames.NewtonsoftJson,
            Serializer.XmlSerializer => SerializerNames.XmlSerializer,
            _ => SerializerNames.DataContract,
        };

        /// <summary>
        /// The facts at a body's entry: its marked parameters carry personal data, and a member marked
        /// <c>[RequiresConsent(p)]</c> has consent for <c>p</c> (its callers owe it).
        /// </summary>
        private FlowState EntryState(ISymbol owner)
        {
            FlowState entry = owner is IMethodSymbol method ? _model.Evaluator.WithParameters(FlowState.Empty, method.Parameters) : FlowState.Empty;
            return entry.WithConsent(_model.Consent.RequiredBy(owner));
        }

        /// <summary>
        /// The cheap check before any graph is built: a sink argument that shows personal data by itself, or one
        /// that reads locals or parameters in a method that reads personal data somewhere.
        /// </summary>
        private bool AnySinkMayReceivePersonalData(OperationBlockAnalysisContext context, CandidateCalls calls)
        {
            var anySlot = new AnySlotCarries(context.OperationBlocks);
            bool slotDependent = false;
            foreach (SinkArgument argument in calls.Arguments())
            {
                if (LeakFinder.MayLeak(_model.Evaluator, argument, NoCarriers.Instance))
                {
                    return true;
                }

                slotDependent |= LeakFinder.MayLeak(_model.Evaluator, argument, anySlot);
            }

            return slotDependent && ReadsPersonalData(context);
        }

        private bool ReadsPersonalData(OperationBlockAnalysisContext context)
        {
            if (context.OwningSymbol is IMethodSymbol method &&
                !_model.Evaluator.WithParameters(FlowState.Empty, method.Parameters).SameAs(FlowState.Empty))
            {
                return true;
            }

            foreach (IOperation block in context.OperationBlocks)
            {
                foreach (IOperation operation in block.DescendantsAndSelf())
                {
                    if (operation.Kind is OperationKind.PropertyReference or OperationKind.FieldReference or OperationKind.ParameterReference or
                        OperationKind.LocalReference or OperationKind.Invocation or OperationKind.ObjectCreation or OperationKind.InterpolatedString &&
                        _model.Evaluator.Evaluate(operation, NoCarriers.Instance) is not null)
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>Reports the leaks of the sinks the flow analysis shows it.</summary>
        private sealed class Reporter : IFlowObserver
        {
            private readonly RuleRun _run;
            private readonly OperationBlockAnalysisContext _context;
            private readonly HashSet<Location> _reported = new();
            private readonly HashSet<SyntaxNode> _candidates;
            private readonly List<Leak> _leaks = new();
            private Dictionary<SyntaxNode, IOperation>? _handlerInterpolations;

            public Reporter(RuleRun run, OperationBlockAnalysisContext context, HashSet<SyntaxNode> candidates)
            {
                _run = run;
                _context = context;
                _candidates = candidates;
            }

            public void OnCall(IOperation call, FlowState state)
            {
                // The graph's calls are new operations of the same syntax: only the calls the operation action kept
                // (sinks, and calls that may wrap one) can be sinks here.
                if (!_candidates.Contains(call.Syntax))
                {
                    return;
                }

                SinkCall? sink = _run.RecognizeDeclared(call) ??
                    (call is IInvocationOperation invocation ? _run._summaries.Recognize(invocation, state, _context.CancellationToken) : null);
                Purpose needed = sink?.Purpose ?? _run._analyzer.Purpose;
                if (sink is null || state.Consent.Contains(needed))
                {
                    return;
                }

                foreach (SinkArgument argument in sink.Arguments)
                {
                    _leaks.Clear();
                    LeakFinder.Find(_run._model.Evaluator, argument, state, _leaks, OriginalInterpolation);
                    foreach (Leak leak in _leaks)
                    {
                        Location location = leak.Value.Syntax.GetLocation();
                        if (_reported.Add(location))
                        {
                            _context.ReportDiagnostic(Diagnostic.Create(
                                _run._analyzer.Rule,
                                location,
                                _run.WithWrittenMember(_run._properties, leak)
                                    .Add(DiagnosticPropertyNames.Purpose, needed.ToString())
                                    .Add(DiagnosticPropertyNames.Sink, sink.SinkName)
                                    .Add(DiagnosticPropertyNames.Kind, leak.Origin.Kind),
                                leak.Origin.DataName,
                                leak.Origin.Kind,
                                sink.SinkName,
                                needed.ToString()));
                        }
                    }
                }
            }

            /// <summary>The source's interpolated string handler at a syntax node the control-flow graph lowered.</summary>
            private IOperation? OriginalInterpolation(SyntaxNode syntax)
            {
                if (_handlerInterpolations is null)
                {
                    _handlerInterpolations = new Dictionary<SyntaxNode, IOperation>();
                    foreach (IOperation block in _context.OperationBlocks)
                    {
                        foreach (IOperation operation in block.DescendantsAndSelf())
                        {
                            if (operation.Kind == OperationKind.InterpolatedStringHandlerCreation)
                            {
                                _handlerInterpolations[operation.Syntax] = operation;
                            }
                        }
                    }
                }

                return _handlerInterpolations.TryGetValue(syntax, out IOperation? original) ? original : null;
            }
        }
    }

    /// <summary>
    /// The calls of one method the operation action kept: sinks by declaration, and calls to methods of the
    /// compilation that may wrap a sink (whether they do is the summaries' question, asked in the flow analysis).
    /// </summary>
    private sealed class CandidateCalls
    {
        private readonly object _gate = new();
        private readonly List<SinkCall> _sinks = new();
        private readonly List<IInvocationOperation> _possibleWrappers = new();
        private readonly HashSet<SyntaxNode> _syntax = new();

        /// <summary>The syntax of every kept call; read once the block's operation actions are done.</summary>
        public HashSet<SyntaxNode> Syntax
        {
            get
            {
                lock (_gate)
                {
                    return _syntax;
                }
            }
        }

        public bool IsEmpty
        {
            get
            {
                lock (_gate)
                {
                    return _sinks.Count == 0 && _possibleWrappers.Count == 0;
                }
            }
        }

        public void AddSink(IOperation call, SinkCall sink)
        {
            lock (_gate)
            {
                _sinks.Add(sink);
                _syntax.Add(call.Syntax);
            }
        }

        public void AddPossibleWrapper(IInvocationOperation invocation)
        {
            lock (_gate)
            {
                _possibleWrappers.Add(invocation);
                _syntax.Add(invocation.Syntax);
            }
        }

        /// <summary>Every value the kept calls may emit: a possible wrapper's every argument.</summary>
        public IEnumerable<SinkArgument> Arguments()
        {
            foreach (SinkCall sink in _sinks)
            {
                foreach (SinkArgument argument in sink.Arguments)
                {
                    yield return argument;
                }
            }

            foreach (IInvocationOperation invocation in _possibleWrappers)
            {
                foreach (IArgumentOperation argument in invocation.Arguments)
                {
                    yield return new SinkArgument(argument.Value, Rendering.Formatted);
                }
            }
        }
    }

    /// <summary>
    /// The most pessimistic facts: every local, parameter and capture may carry personal data, and every field the method
    /// writes (a field it does not write carries nothing at its entry, and so nothing in it).
    /// </summary>
    private sealed class AnySlotCarries : ICarrierLookup
    {
        private static readonly PersonalDataOrigin Anything = new("?", "?");

        private readonly ImmutableArray<IOperation> _blocks;
        private HashSet<ISymbol>? _writtenFields;

        public AnySlotCarries(ImmutableArray<IOperation> blocks) => _blocks = blocks;

        public PersonalDataOrigin? CarrierIn(FlowSlot slot) =>
            slot.Field is not { } field || (_writtenFields ??= WrittenFields(_blocks)).Contains(field) ? Anything : null;

        /// <summary>The fields assigned, passed by reference or called a method on (<c>_emails.Add(x)</c>) in the blocks.</summary>
        private static HashSet<ISymbol> WrittenFields(ImmutableArray<IOperation> blocks)
        {
            var written = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
            foreach (IOperation block in blocks)
            {
                foreach (IOperation operation in block.DescendantsAndSelf())
                {
                    if (operation is IFieldReferenceOperation reference &&
                        (operation.Parent is IAssignmentOperation assignment && assignment.Target == operation ||
                         operation.Parent is IInvocationOperation invocation && invocation.Instance == operation ||
                         operation.Parent is IArgumentOperation { Parameter.RefKind: not RefKind.None }))
                    {
                        written.Add(reference.Field);
                    }
                }
            }

            return written;
        }
    }
}
