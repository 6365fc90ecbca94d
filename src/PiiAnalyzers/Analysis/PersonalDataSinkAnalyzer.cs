using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PiiAnalyzers.Configuration;
using PiiAnalyzers.Flow;
using PiiAnalyzers.Sinks;

namespace PiiAnalyzers.Analysis;

/// <summary>
/// The shared shape of the rules that follow personal data to a sink (logs, serializers, third parties, exceptions),
/// for one or several <see cref="SinkRule"/>s at once, the same way for every rule:
/// <list type="number">
/// <item>nothing is registered for a compilation where no personal data can be marked within reach, or no rule has a sink;</item>
/// <item>per method, one operation action collects the calls that are any rule's sinks (cheap);</item>
/// <item>only where a sink may receive personal data (<see cref="MethodScreening"/>) is the control-flow graph built, and
/// one flow analysis serves every rule that needs it;</item>
/// <item>every value a sink emits that carries personal data is reported at the expression that brings it in.</item>
/// </list>
/// The package runs the four sink rules in one pass (<c>Rules.PersonalDataFlowAnalyzer</c>); each rule's own analyzer runs
/// it alone (for tests, and for a host that wants one rule).
/// </summary>
public abstract class PersonalDataSinkAnalyzer : DiagnosticAnalyzer
{
    private readonly ImmutableArray<SinkRule> _rules;

    private protected PersonalDataSinkAnalyzer(params SinkRule[] rules)
    {
        _rules = rules.ToImmutableArray();
        SupportedDiagnostics = _rules.Select(rule => rule.Descriptor).ToImmutableArray();
    }

    /// <inheritdoc/>
    public sealed override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    /// <inheritdoc/>
    public sealed override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        if (PrivacyModel.For(context.Compilation, context.Options, context.CancellationToken) is not { } model)
        {
            return;
        }

        var runs = ImmutableArray.CreateBuilder<SinkRuleRun>(_rules.Length);
        foreach (SinkRule rule in _rules)
        {
            SinkCatalog sinks = model.SinkCatalog(rule, context.Compilation);
            if (!sinks.IsEmpty)
            {
                runs.Add(new SinkRuleRun(rule, model, sinks, new SinkSummaries(context.Compilation, model, sinks, rule.Purpose)));
            }
        }

        if (runs.Count > 0)
        {
            SinkSummaries.ShareFlows(runs.Select(run => run.Summaries).ToList());
            context.RegisterOperationBlockStartAction(new Pass(model, runs.ToImmutable(), context.Compilation).OnMethodStart);
        }
    }

    /// <summary>The rules of the analyzer over one compilation.</summary>
    private sealed class Pass
    {
        private readonly PrivacyModel _model;
        private readonly ImmutableArray<SinkRuleRun> _runs;
        private readonly Compilation _compilation;

        private readonly ConcurrentDictionary<ISymbol, TargetFacts> _targets =
            new(CacheSettings.ConcurrencyLevel, CacheSettings.Capacity, SymbolIdentity.Instance);

        private readonly Func<ISymbol, TargetFacts> _computeFacts;

        /// <summary>Whether a rule's sink may be an assignment through an indexer (<c>ex.Data[key] = value</c>).</summary>
        private readonly bool _watchesIndexerAssignments;

        public Pass(PrivacyModel model, ImmutableArray<SinkRuleRun> runs, Compilation compilation)
        {
            _model = model;
            _runs = runs;
            _compilation = compilation;
            _computeFacts = ComputeFacts;
            _watchesIndexerAssignments = runs.Any(run => run.Sinks.WatchesIndexerAssignments);
        }

        public void OnMethodStart(OperationBlockStartAnalysisContext context)
        {
            if (_model.OnlySources && (context.OperationBlocks.IsEmpty || !_model.ReadsSources(context.OperationBlocks[0].Syntax.SyntaxTree, context.CancellationToken)))
            {
                return; // nothing is marked: only the files that read a framework source can leak one
            }

            var sinks = new MethodSinks(_runs.Length);
            context.RegisterOperationAction(call => Collect(call.Operation, sinks), OperationKind.Invocation, OperationKind.ObjectCreation);
            if (_watchesIndexerAssignments)
            {
                context.RegisterOperationAction(
                    assignment =>
                    {
                        if (assignment.Operation is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.IsIndexer: true } })
                        {
                            Collect(assignment.Operation, sinks);
                        }
                    },
                    OperationKind.SimpleAssignment);
            }
            context.RegisterOperationBlockEndAction(end => OnMethodEnd(end, sinks));
        }

        private void Collect(IOperation call, MethodSinks sinks)
        {
            if (SinkRuleRun.Target(call) is not { } target)
            {
                return;
            }

            // Most calls are nobody's sink: one look-up per target method says which rules may recognise it at all.
            TargetFacts facts = _targets.GetOrAdd(target.OriginalDefinition, _computeFacts);
            if (facts.Rules != 0)
            {
                for (int rule = 0; rule < _runs.Length; rule++)
                {
                    if ((facts.Rules & (1 << rule)) != 0 && _runs[rule].RecognizeDeclared(call, facts.Required) is { } recognized)
                    {
                        sinks.AddSink(rule, call, recognized);
                    }
                }
            }

            // A method of the compilation may wrap any rule's sink (a sink of one rule may wrap another's).
            if (facts.Summarizable && call is IInvocationOperation invocation)
            {
                sinks.AddPossibleWrapper(invocation);
            }
        }

        private TargetFacts ComputeFacts(ISymbol definition)
        {
            var target = (IMethodSymbol)definition;
            PurposeSet required = _model.Consent.RequiredBy(target);
            int rules = 0;
            for (int rule = 0; rule < _runs.Length; rule++)
            {
                if (_runs[rule].Sinks.MayRecognize(target) || _runs[rule].MayRequireConsent(required))
                {
                    rules |= 1 << rule;
                }
            }

            return new TargetFacts(rules, required, _runs[0].Summaries.IsSummarizable(target));
        }

        private void OnMethodEnd(OperationBlockAnalysisContext context, MethodSinks sinks)
        {
            if (sinks.IsEmpty)
            {
                return;
            }

            var screening = new MethodScreening(_model, context);
            MethodInterpolations? interpolations = null;
            var reporters = new List<IFlowObserver>(_runs.Length);
            for (int rule = 0; rule < _runs.Length; rule++)
            {
                if (sinks.Concerns(rule) && screening.MayReceivePersonalData(sinks, rule))
                {
                    interpolations ??= new MethodInterpolations(context.OperationBlocks);
                    reporters.Add(_runs[rule].Reporter(context, sinks, rule, interpolations));
                }
            }

            if (reporters.Count == 0)
            {
                return;
            }

            IFlowObserver observer = reporters.Count == 1 ? reporters[0] : new EveryObserver(reporters);
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
                MethodFlowAnalysis.Run(graph, EntryState(context.OwningSymbol), _model.Evaluator, observer, context.CancellationToken);
            }
        }

        /// <summary>
        /// The facts at a body's entry: its marked parameters carry personal data, and a member marked
        /// <c>[RequiresConsent(p)]</c> has consent for <c>p</c> (its callers owe it).
        /// </summary>
        private FlowState EntryState(ISymbol owner)
        {
            FlowState entry = owner is IMethodSymbol method ? _model.Evaluator.WithParameters(FlowState.Empty, method.Parameters) : FlowState.Empty;
            return entry.WithConsent(_model.Consent.RequiredBy(owner));
        }
    }

    /// <summary>What a call's target method is to the rules of the pass, whatever the call's arguments.</summary>
    private readonly struct TargetFacts
    {
        public TargetFacts(int rules, PurposeSet required, bool summarizable)
        {
            Rules = rules;
            Required = required;
            Summarizable = summarizable;
        }

        /// <summary>The rules (a bit each) whose sinks a call to it may be.</summary>
        public int Rules { get; }

        /// <summary>The consent its callers owe (<c>[RequiresConsent]</c>).</summary>
        public PurposeSet Required { get; }

        /// <summary>Whether it is a method of the compilation that may wrap a sink.</summary>
        public bool Summarizable { get; }
    }

    /// <summary>Shows each call to every rule's reporter: one flow analysis serves them all.</summary>
    private sealed class EveryObserver : IFlowObserver
    {
        private readonly List<IFlowObserver> _observers;

        public EveryObserver(List<IFlowObserver> observers) => _observers = observers;

        public void OnCall(IOperation call, FlowState state)
        {
            foreach (IFlowObserver observer in _observers)
            {
                observer.OnCall(call, state);
            }
        }

        public bool WatchesWithin(SyntaxNode function)
        {
            foreach (IFlowObserver observer in _observers)
            {
                if (observer.WatchesWithin(function))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
