using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using PiiAnalyzers.Configuration;
using PiiAnalyzers.Diagnostics;
using PiiAnalyzers.Flow;
using PiiAnalyzers.Serialization;
using PiiAnalyzers.Sinks;

namespace PiiAnalyzers.Analysis;

/// <summary>
/// One sink rule over one compilation: which calls are its sinks (by declaration, or as wrappers through its method
/// summaries), and the diagnostics of the leaks the flow analysis shows it.
/// </summary>
internal sealed class SinkRuleRun
{
    public SinkRuleRun(SinkRule rule, PrivacyModel model, SinkCatalog sinks, SinkSummaries summaries)
    {
        Rule = rule;
        Model = model;
        Sinks = sinks;
        Summaries = summaries;
    }

    public SinkRule Rule { get; }

    public PrivacyModel Model { get; }

    public SinkCatalog Sinks { get; }

    public SinkSummaries Summaries { get; }

    /// <summary>
    /// The sink a call is by declaration: one of the rule's built-in sinks, or a member marked
    /// <c>[RequiresConsent]</c> for the rule's purpose, which needs that consent for whatever personal data it
    /// is given (a value, or an object with personal-data members).
    /// </summary>
    /// <param name="call">An invocation or object creation.</param>
    /// <param name="required">What the call's target requires (<see cref="Target"/>), when the caller knows it already.</param>
    public SinkCall? RecognizeDeclared(IOperation call, PurposeSet? required = null)
    {
        if (Sinks.Recognize(call) is { } sink)
        {
            return sink;
        }

        IMethodSymbol? target = Target(call);
        if (target is null || OwnedPurpose(required ?? Model.Consent.RequiredBy(target)) is not { } purpose)
        {
            return null;
        }

        ImmutableArray<IArgumentOperation> arguments = call switch
        {
            IInvocationOperation invocation => invocation.Arguments,
            IObjectCreationOperation creation => creation.Arguments,
            _ => ImmutableArray<IArgumentOperation>.Empty, // a setter marked [RequiresConsent]: not a sink by its marking
        };
        if (arguments.IsEmpty)
        {
            return null;
        }

        var values = ImmutableArray.CreateBuilder<SinkArgument>(arguments.Length);
        foreach (IArgumentOperation argument in arguments)
        {
            values.Add(new SinkArgument(argument.Value, Rendering.Destructured));
        }

        return new SinkCall(CallNames.Of(target), SinkFamily.RequiresConsent, values.MoveToImmutable(), purpose, departs: true);
    }

    /// <summary>Whether calls to a member that requires this consent are the rule's sinks (<c>[RequiresConsent]</c>).</summary>
    public bool MayRequireConsent(PurposeSet required) => OwnedPurpose(required) is not null;

    /// <summary>
    /// Whether the graph rewrote a call past what the catalogs recognise: it captured the receiver of an invocation
    /// (<c>ex.Data.Add(k, a ? b : c)</c>, <c>Console.Out.WriteLine(a ?? b)</c>) or the indexer an assignment writes
    /// (<c>ex.Data[k] = a ?? b</c>) before evaluating a conditional argument.
    /// </summary>
    public static bool IsLowered(IOperation call) => call switch
    {
        IInvocationOperation invocation => invocation.Instance is Microsoft.CodeAnalysis.FlowAnalysis.IFlowCaptureReferenceOperation,
        ISimpleAssignmentOperation assignment => assignment.Target is Microsoft.CodeAnalysis.FlowAnalysis.IFlowCaptureReferenceOperation,
        _ => false,
    };

    /// <summary>
    /// The sink <paramref name="onSource"/> that the source call <paramref name="source"/> was recognised as, with the values the
    /// lowered graph call passes instead, which the flow facts describe: an assignment's value, or an invocation's argument
    /// for the same parameter as each value of the source call (<see cref="IsLowered"/>).
    /// </summary>
    public static SinkCall? Lowered(SinkCall? onSource, IOperation lowered, IOperation? source)
    {
        if (onSource is null)
        {
            return null;
        }

        if (lowered is ISimpleAssignmentOperation assignment)
        {
            return onSource.Arguments.Length == 1
                ? new SinkCall(onSource.SinkName, onSource.Family, ImmutableArray.Create(new SinkArgument(assignment.Value, onSource.Arguments[0].Rendering)), onSource.Purpose, onSource.Departs)
                : null;
        }

        if (lowered is not IInvocationOperation invocation || source is not IInvocationOperation original)
        {
            return null;
        }

        var values = ImmutableArray.CreateBuilder<SinkArgument>(onSource.Arguments.Length);
        foreach (SinkArgument argument in onSource.Arguments)
        {
            IOperation value = argument.Value;
            foreach (IArgumentOperation sourceArgument in original.Arguments)
            {
                if (sourceArgument.Value == argument.Value && sourceArgument.Parameter is { } parameter)
                {
                    foreach (IArgumentOperation graphArgument in invocation.Arguments)
                    {
                        if (graphArgument.Parameter?.Ordinal == parameter.Ordinal)
                        {
                            value = graphArgument.Value;
                        }
                    }
                }
            }

            values.Add(argument.Rendering == Rendering.Serialized ? SinkArgument.Serialized(value, argument.Serializer) : new SinkArgument(value, argument.Rendering));
        }

        return new SinkCall(onSource.SinkName, onSource.Family, values.MoveToImmutable(), onSource.Purpose, onSource.Departs);
    }

    /// <summary>The method or constructor a call runs (an indexer assignment runs the indexer's setter).</summary>
    public static IMethodSymbol? Target(IOperation call) => call switch
    {
        IInvocationOperation invocation => invocation.TargetMethod,
        IObjectCreationOperation creation => creation.Constructor,
        ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.IsIndexer: true, Property.SetMethod: { } setter } } => setter,
        _ => null,
    };

    /// <summary>The observer that reports the rule's leaks in one method, at the calls the operation action kept.</summary>
    public IFlowObserver Reporter(OperationBlockAnalysisContext context, MethodSinks sinks, int rule, MethodInterpolations interpolations) =>
        new LeakReporter(this, context, sinks, rule, interpolations);

    /// <summary>The first of the purposes a member requires that this rule owns.</summary>
    private Purpose? OwnedPurpose(PurposeSet required)
    {
        if (required.IsEmpty)
        {
            return null;
        }

        for (Purpose purpose = Purpose.ThirdPartySharing; purpose <= Purpose.CrossBorderTransfer; purpose++)
        {
            if (required.Contains(purpose) && Rule.OwnsPurpose(purpose))
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
            Model.Rendering.Hiding(written, serializer) is not { } hiding)
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
            .Add(DiagnosticPropertyNames.Serializer, SerializerNames.PropertyValue(serializer))
            .Add(DiagnosticPropertyNames.Member, id)
            .Add(DiagnosticPropertyNames.IgnoreAttribute, hiding.Attribute)
            .Add(DiagnosticPropertyNames.IgnoreBy, by);
    }

    /// <summary>
    /// Whether what a sink call of a control-flow graph (whose source operations are <paramref name="sources"/>) emits leaves
    /// the application: known of the call (<see cref="SinkCall.Departs"/>) or of every sink of the catalog, or else read where
    /// the source's call sends its payload. Used by the reporter and by the summaries of wrappers alike.
    /// </summary>
    public static bool Departs(
        SinkCatalog sinks, IEnumerable<IOperation> sources, IOperation call, SinkCall sink, System.Threading.CancellationToken cancellationToken) =>
        sink.Departs || sinks.EveryPayloadDeparts || SourceOperations.CallOf(sources, call) is not { } source || sinks.Departs(source, sink, cancellationToken);

    /// <summary>Reports the leaks of the sinks the flow analysis shows it.</summary>
    private sealed class LeakReporter : IFlowObserver
    {
        private readonly SinkRuleRun _run;
        private readonly OperationBlockAnalysisContext _context;
        private readonly HashSet<Location> _reported = new();
        private readonly HashSet<SyntaxNode> _candidates;
        private readonly MethodSinks _sinks;
        private readonly int _rule;
        private readonly MethodInterpolations _interpolations;
        private readonly List<Leak> _leaks = new();

        public LeakReporter(SinkRuleRun run, OperationBlockAnalysisContext context, MethodSinks sinks, int rule, MethodInterpolations interpolations)
        {
            _run = run;
            _context = context;
            _sinks = sinks;
            _rule = rule;
            _candidates = sinks.CandidatesOf(rule);
            _interpolations = interpolations;
        }

        public bool WatchesWithin(SyntaxNode function)
        {
            foreach (SyntaxNode candidate in _candidates)
            {
                if (function.Span.Contains(candidate.Span) && function.SyntaxTree == candidate.SyntaxTree)
                {
                    return true;
                }
            }

            return false;
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
                (call is IInvocationOperation invocation ? _run.Summaries.Recognize(invocation, state, _context.CancellationToken) : null) ??
                Lowered(call);
            Purpose needed = sink?.Purpose ?? _run.Rule.Purpose;
            if (sink is null || state.Consent.Contains(needed))
            {
                return;
            }

            bool? departs = null;
            foreach (SinkArgument argument in sink.Arguments)
            {
                _leaks.Clear();
                LeakFinder.Find(_run.Model.Evaluator, argument, state, _leaks, _interpolations.Original);
                foreach (Leak leak in _leaks)
                {
                    // Data that is personal only by inference counts where it leaves the application (a serializer's
                    // payload may be the application's own response or column).
                    Location location = leak.Value.Syntax.GetLocation();
                    if (!_run.Model.Catalog.MayReportIn(leak.Origin, location.SourceTree) ||
                        (leak.Origin.Inferred && !(departs ??= Departs(call, sink))))
                    {
                        continue;
                    }

                    if (_reported.Add(location))
                    {
                        _context.ReportDiagnostic(Diagnostic.Create(
                            _run.Rule.Descriptor,
                            location,
                            _run.WithWrittenMember(ImmutableDictionary<string, string?>.Empty, leak)
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

        /// <summary>The sink the operation action recognised at a call the graph lowered past recognising (<see cref="SinkRuleRun.Lowered"/>).</summary>
        private SinkCall? Lowered(IOperation call) =>
            IsLowered(call) && _sinks.CollectedAt(_rule, call.Syntax) is { } collected
                ? SinkRuleRun.Lowered(collected, call, call is IInvocationOperation ? SourceOperations.CallOf(_context.OperationBlocks, call) : null)
                : null;

        private bool Departs(IOperation call, SinkCall sink) => SinkRuleRun.Departs(_run.Sinks, _context.OperationBlocks, call, sink, _context.CancellationToken);
    }
}
