using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PiiAnalyzers.Configuration;
using PiiAnalyzers.Flow;
using PiiAnalyzers.Model;
using PiiAnalyzers.Serialization;
using PiiAnalyzers.Sinks;

namespace PiiAnalyzers.Analysis;

/// <summary>
/// Method summaries of one rule over one compilation: which parameters of a method declared in the compilation
/// reach one of the rule's sinks without redaction or consent. A call to such a method (a logging wrapper, a
/// <c>SendToPartner(string email)</c> helper) is then a sink for those arguments, named after the method.
/// Summaries are computed once per method on first need and cached; nested summaries go at most
/// <see cref="MaxDepth"/> calls deep, and recursion is cut (a summary cut short is not cached).
/// </summary>
internal sealed class SinkSummaries
{
    /// <summary>How many calls deep a summary may look through other summaries.</summary>
    public const int MaxDepth = 3;

    [ThreadStatic]
    private static List<IMethodSymbol>? t_inProgress;

    private readonly Compilation _compilation;
    private readonly PrivacyModel _model;
    private readonly SinkCatalog _sinks;
    private readonly Purpose _purpose;
    private readonly ConcurrentDictionary<IMethodSymbol, Summary> _summaries = new(CacheSettings.ConcurrencyLevel, CacheSettings.Capacity, SymbolEqualityComparer.Default);
    private SinkSummaries[]? _group;

    public SinkSummaries(Compilation compilation, PrivacyModel model, SinkCatalog sinks, Purpose purpose)
    {
        _compilation = compilation;
        _model = model;
        _sinks = sinks;
        _purpose = purpose;
    }

    /// <summary>
    /// Whether a call's target is a method declared in the compilation's own source, which a summary can describe. A
    /// method of another project is read like metadata (<see cref="SymbolOrigin"/>): only its attributes count.
    /// </summary>
    public bool IsSummarizable(IMethodSymbol method) =>
        method.MethodKind is MethodKind.Ordinary or MethodKind.ReducedExtension &&
        !method.IsAbstract && !method.IsExtern && method.Parameters.Length > 0 &&
        SymbolOrigin.IsDeclaredIn(method.OriginalDefinition, _compilation);

    /// <summary>
    /// The sink a call to a summarised method is, for the arguments whose parameters reach a sink, or
    /// <see langword="null"/>. The summary is computed only when an argument carries personal data here.
    /// </summary>
    public SinkCall? Recognize(IInvocationOperation invocation, ICarrierLookup slots, CancellationToken cancellationToken) =>
        Recognize(invocation, slots, cancellationToken, out _);

    private SinkCall? Recognize(IInvocationOperation invocation, ICarrierLookup slots, CancellationToken cancellationToken, out bool complete)
    {
        complete = true;
        IMethodSymbol method = invocation.TargetMethod;
        if (!IsSummarizable(method) || !AnyArgumentCarries(invocation, slots))
        {
            return null;
        }

        Summary summary = SummaryOf(method.ReducedFrom ?? method, cancellationToken);
        complete = summary.IsComplete;
        if (summary.SinkParameters.IsEmpty)
        {
            return null;
        }

        var arguments = ImmutableArray.CreateBuilder<SinkArgument>();
        foreach (IArgumentOperation argument in invocation.Arguments)
        {
            if (argument.Parameter is { } parameter && summary.SinkParameters.Contains(parameter.Ordinal) && argument.ArgumentKind != ArgumentKind.DefaultValue)
            {
                arguments.Add(summary.Serializer is { } serializer ? SinkArgument.Serialized(argument.Value, serializer) : new SinkArgument(argument.Value, Rendering.Formatted));
            }
        }

        return arguments.Count == 0 ? null : new SinkCall(CallNames.Of(method), summary.Family, arguments.ToImmutable(), summary.Purpose, summary.Departs);
    }

    /// <summary>
    /// How a wrapper may show an argument, before its summary says: printed, or, for a parameter typed <c>object</c> or a
    /// type parameter (<c>ToJson(object value)</c>, <c>Put&lt;T&gt;(string key, T value)</c>), which a method can only print or
    /// write out member by member, as a serializer writes it.
    /// </summary>
    public static SinkArgument AsPassedOn(IArgumentOperation argument) =>
        argument.Parameter?.OriginalDefinition.Type is { SpecialType: SpecialType.System_Object } or { TypeKind: TypeKind.TypeParameter }
            ? SinkArgument.Serialized(argument.Value, Serializer.SystemTextJson)
            : new SinkArgument(argument.Value, Rendering.Formatted);

    private bool AnyArgumentCarries(IInvocationOperation invocation, ICarrierLookup slots)
    {
        foreach (IArgumentOperation argument in invocation.Arguments)
        {
            if (LeakFinder.MayLeak(_model.Evaluator, AsPassedOn(argument), slots))
            {
                return true;
            }
        }

        return false;
    }

    private Summary SummaryOf(IMethodSymbol method, CancellationToken cancellationToken)
    {
        method = method.OriginalDefinition;
        if (_summaries.TryGetValue(method, out Summary? cached))
        {
            return cached;
        }

        List<IMethodSymbol> inProgress = t_inProgress ??= new List<IMethodSymbol>();
        if (inProgress.Count >= MaxDepth || inProgress.Contains(method, SymbolEqualityComparer.Default))
        {
            return Summary.CutShort;
        }

        inProgress.Add(method);
        try
        {
            // One flow analysis of the method summarises it for every rule of the pass.
            SinkSummaries[] owners = _group ?? new[] { this };
            Summary[] summaries = Compute(method, owners, cancellationToken);
            Summary own = Summary.None;
            for (int i = 0; i < owners.Length; i++)
            {
                if (summaries[i].IsComplete)
                {
                    owners[i]._summaries.TryAdd(method, summaries[i]);
                }

                if (owners[i] == this)
                {
                    own = summaries[i];
                }
            }

            return own;
        }
        finally
        {
            inProgress.RemoveAt(inProgress.Count - 1);
        }
    }

    /// <summary>
    /// Makes the rules of one pass summarise a method together: the flow analysis of a wrapper is the same for every
    /// rule, only what each rule's sinks are differs.
    /// </summary>
    public static void ShareFlows(IReadOnlyList<SinkSummaries> rules)
    {
        if (rules.Count < 2)
        {
            return;
        }

        SinkSummaries[] group = rules.ToArray();
        foreach (SinkSummaries rule in group)
        {
            rule._group = group;
        }
    }

    private Summary[] Compute(IMethodSymbol method, SinkSummaries[] owners, CancellationToken cancellationToken)
    {
        var summaries = new Summary[owners.Length];
        IMethodSymbol implementation = method.PartialImplementationPart ?? method;
        if (_model.Bodies.GraphOf(implementation, cancellationToken) is not { } graph)
        {
            for (int i = 0; i < summaries.Length; i++)
            {
                summaries[i] = Summary.None;
            }

            return summaries;
        }

        // Every parameter that is not personal data itself stands for what a caller passes. Consent the method
        // requires ([RequiresConsent]) is not assumed: it is what the callers owe.
        FlowState entry = _model.Evaluator.WithParameters(FlowState.Empty, implementation.Parameters);
        foreach (IParameterSymbol parameter in implementation.Parameters)
        {
            if (entry.CarrierIn(FlowSlot.For(parameter)) is null)
            {
                entry = entry.WithCarrier(FlowSlot.For(parameter), PersonalDataOrigin.ForParameter(parameter.Ordinal));
            }
        }

        var observers = new SummaryObserver[owners.Length];
        for (int i = 0; i < owners.Length; i++)
        {
            observers[i] = new SummaryObserver(owners[i], graph.OriginalOperation, cancellationToken);
        }

        bool converged = MethodFlowAnalysis.Run(graph, entry, _model.Evaluator, new EveryRule(observers), cancellationToken);
        for (int i = 0; i < owners.Length; i++)
        {
            SummaryObserver observer = observers[i];
            summaries[i] = new Summary(observer.SinkParameters.ToImmutable(), observer.Family, observer.Purpose, observer.Departs, observer.Serializer, isComplete: converged && !observer.UsedCutShortSummary);
        }

        return summaries;
    }

    /// <summary>Shows each call of the summarised method to every rule's observer.</summary>
    private sealed class EveryRule : IFlowObserver
    {
        private readonly SummaryObserver[] _observers;

        public EveryRule(SummaryObserver[] observers) => _observers = observers;

        public void OnCall(IOperation call, FlowState state)
        {
            foreach (SummaryObserver observer in _observers)
            {
                observer.OnCall(call, state);
            }
        }

        public bool WatchesWithin(SyntaxNode function) => true;
    }

    /// <summary>Collects the parameters whose value reaches a sink in the summarised method.</summary>
    private sealed class SummaryObserver : IFlowObserver
    {
        private readonly SinkSummaries _owner;
        private readonly IOperation _source;
        private readonly CancellationToken _cancellationToken;
        private readonly List<Leak> _leaks = new();

        public SummaryObserver(SinkSummaries owner, IOperation source, CancellationToken cancellationToken)
        {
            _owner = owner;
            _source = source;
            _cancellationToken = cancellationToken;
        }

        /// <summary>Whether a sink the parameters reach is known to leave the application (<see cref="SinkCatalog.Departs"/>), asked in inference mode only.</summary>
        public bool Departs { get; private set; }

        /// <summary>The serializer that writes what the parameters bring, when the sink they reach is one.</summary>
        public Serializer? Serializer { get; private set; }

        public ImmutableHashSet<int>.Builder SinkParameters { get; } = ImmutableHashSet.CreateBuilder<int>();

        public SinkFamily Family { get; private set; }

        /// <summary>The purpose the wrapped sink needs, when it is not the rule's own.</summary>
        public Purpose? Purpose { get; private set; }

        public bool UsedCutShortSummary { get; private set; }

        /// <summary>A summary looks at every call, in lambdas and local functions too.</summary>
        public bool WatchesWithin(SyntaxNode function) => true;

        public void OnCall(IOperation call, FlowState state)
        {
            SinkCall? sink = _owner._sinks.Recognize(call);
            if (sink is null && call is IInvocationOperation invocation)
            {
                sink = _owner.Recognize(invocation, state, _cancellationToken, out bool complete);
                UsedCutShortSummary |= !complete;
            }

            if (sink is null && SinkRuleRun.IsLowered(call) &&
                (call is not IInvocationOperation lowered || _owner._sinks.MayRecognize(lowered.TargetMethod.OriginalDefinition)) &&
                SourceOperations.CallOf(new[] { _source }, call) is { } source && source != call)
            {
                // ex.Data.Add(k, v ?? "none"), ex.Data[k] = v ?? "none": recognised on the source call, with the graph's values.
                sink = SinkRuleRun.Lowered(_owner._sinks.Recognize(source), call, source);
            }

            if (sink is null || state.Consent.Contains(sink.Purpose ?? _owner._purpose))
            {
                return;
            }

            foreach (SinkArgument argument in sink.Arguments)
            {
                _leaks.Clear();
                LeakFinder.Find(_owner._model.Evaluator, argument, state, _leaks);
                foreach (Leak leak in _leaks)
                {
                    if (leak.Origin.ParameterOrdinal >= 0)
                    {
                        SinkParameters.Add(leak.Origin.ParameterOrdinal);
                        Family = sink.Family;
                        Purpose ??= sink.Purpose;
                        Serializer ??= argument.Rendering == Rendering.Serialized ? argument.Serializer : null;
                        Departs = Departs || (_owner._model.Catalog.Infers && SinkRuleRun.Departs(_owner._sinks, new[] { _source }, call, sink, _cancellationToken));
                    }
                }
            }
        }
    }

    private sealed class Summary
    {
        public static readonly Summary None = new(ImmutableHashSet<int>.Empty, default, null, departs: false, serializer: null, isComplete: true);
        public static readonly Summary CutShort = new(ImmutableHashSet<int>.Empty, default, null, departs: false, serializer: null, isComplete: false);

        public Summary(ImmutableHashSet<int> sinkParameters, SinkFamily family, Purpose? purpose, bool departs, Serializer? serializer, bool isComplete)
        {
            SinkParameters = sinkParameters;
            Family = family;
            Purpose = purpose;
            Departs = departs;
            Serializer = serializer;
            IsComplete = isComplete;
        }

        /// <summary>
        /// The serializer that writes what the parameters bring (a <c>ToJson(object)</c> helper): a caller's argument is then
        /// written member by member, as that serializer writes it, not printed.
        /// </summary>
        public Serializer? Serializer { get; }

        /// <summary>Whether a sink the parameters reach is known to leave the application.</summary>
        public bool Departs { get; }

        /// <summary>The purpose the wrapped sink needs, when it is not the rule's own.</summary>
        public Purpose? Purpose { get; }

        /// <summary>The ordinals of the parameters that reach a sink.</summary>
        public ImmutableHashSet<int> SinkParameters { get; }

        public SinkFamily Family { get; }

        /// <summary>False when recursion or the depth bound cut the analysis short: then it is not cached.</summary>
        public bool IsComplete { get; }
    }
}
