using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PiiAnalyzers.Sinks;

namespace PiiAnalyzers.Analysis;

/// <summary>
/// The calls of one method the operation action kept, for every sink rule of the pass: each rule's sinks by
/// declaration, and the calls to methods of the compilation that may wrap a sink (whether they do is each rule's
/// summaries' question, asked in the flow analysis). Filled concurrently by the block's operation actions, read once
/// they are done.
/// </summary>
internal sealed class MethodSinks
{
    private readonly object _gate = new();
    private readonly List<SinkCall>?[] _sinks;
    private readonly Dictionary<SyntaxNode, SinkCall>?[] _syntax;
    private List<IInvocationOperation>? _possibleWrappers;

    public MethodSinks(int rules)
    {
        _sinks = new List<SinkCall>?[rules];
        _syntax = new Dictionary<SyntaxNode, SinkCall>?[rules];
    }

    public bool IsEmpty
    {
        get
        {
            lock (_gate)
            {
                if (_possibleWrappers is not null)
                {
                    return false;
                }

                foreach (List<SinkCall>? sinks in _sinks)
                {
                    if (sinks is not null)
                    {
                        return false;
                    }
                }

                return true;
            }
        }
    }

    /// <summary>The calls that may wrap a sink, for every rule.</summary>
    public IReadOnlyList<IInvocationOperation> PossibleWrappers => (IReadOnlyList<IInvocationOperation>?)_possibleWrappers ?? System.Array.Empty<IInvocationOperation>();

    public void AddSink(int rule, IOperation call, SinkCall sink)
    {
        lock (_gate)
        {
            (_sinks[rule] ??= new List<SinkCall>()).Add(sink);
            Dictionary<SyntaxNode, SinkCall> bySyntax = _syntax[rule] ??= new Dictionary<SyntaxNode, SinkCall>();
            if (!bySyntax.ContainsKey(call.Syntax))
            {
                bySyntax[call.Syntax] = sink;
            }
        }
    }

    public void AddPossibleWrapper(IInvocationOperation invocation)
    {
        lock (_gate)
        {
            (_possibleWrappers ??= new List<IInvocationOperation>()).Add(invocation);
        }
    }

    /// <summary>Whether the rule has a sink in the method, or the method calls one that may wrap a sink.</summary>
    public bool Concerns(int rule) => _sinks[rule] is not null || _possibleWrappers is not null;

    /// <summary>The values the rule's sinks emit.</summary>
    public IEnumerable<SinkArgument> ArgumentsOf(int rule)
    {
        if (_sinks[rule] is not { } sinks)
        {
            yield break;
        }

        foreach (SinkCall sink in sinks)
        {
            foreach (SinkArgument argument in sink.Arguments)
            {
                yield return argument;
            }
        }
    }

    /// <summary>
    /// The sink the operation action recognised at the syntax, for a call the control-flow graph lowered past recognising
    /// (<c>ex.Data[key] = a ?? b</c>: the graph captures <c>ex.Data</c> before the assignment).
    /// </summary>
    public SinkCall? CollectedAt(int rule, SyntaxNode syntax) =>
        _syntax[rule] is { } bySyntax && bySyntax.TryGetValue(syntax, out SinkCall? sink) ? sink : null;

    /// <summary>The syntax of the calls that may be the rule's sinks: its own, and every possible wrapper.</summary>
    public HashSet<SyntaxNode> CandidatesOf(int rule)
    {
        var candidates = _syntax[rule] is { } own ? new HashSet<SyntaxNode>(own.Keys) : new HashSet<SyntaxNode>();
        if (_possibleWrappers is not null)
        {
            foreach (IInvocationOperation wrapper in _possibleWrappers)
            {
                candidates.Add(wrapper.Syntax);
            }
        }

        return candidates;
    }
}
